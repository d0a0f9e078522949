using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// One executable for every package's benchmarks; pick them with --filter, e.g.
//   dotnet run -c Release --project benchmarks/SupportOps.Benchmarks -- --filter '*Calendar*'
var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

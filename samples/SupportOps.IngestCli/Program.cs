using NodaTime;
using SupportOps.IngestCli.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, eventArgs) =>
{
    eventArgs.Cancel = true;
    cancellation.Cancel();
};

// The composition root is the one place the real clock is chosen.
#pragma warning disable RS0030
var clock = SystemClock.Instance;
#pragma warning restore RS0030

return await CliApp.RunAsync(args, Console.Out, Console.Error, clock, cancellation.Token);

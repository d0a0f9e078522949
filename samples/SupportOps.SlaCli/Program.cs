using SupportOps.SlaCli;

return SlaCliApp.Run(args, Console.In, Console.Out, Console.Error);

using Verification.Cli;

return VerificationApp.Run(args, Terminal.FromConsole());

using System.CommandLine;
using System.CommandLine.Invocation;
using Verification.Cli.Audit;
using Verification.Cli.Cases;
using Verification.Cli.Check;
using Verification.Cli.Derive;
using Verification.Cli.Explain;

namespace Verification.Cli;

/// <summary>
/// The <c>verification</c> command line. <see cref="Run"/> is the whole program, callable in-process
/// with any <see cref="Terminal"/>: that is how the end-to-end tests drive it.
/// </summary>
public static class VerificationApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCode"/>).</summary>
    public static int Run(string[] args, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(terminal);
        var root = CreateRootCommand(terminal);
        var parsed = root.Parse(args);

        // System.CommandLine exits 1 on a usage error, but 1 means "something is false" here.
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.Error.WriteLine($"error: {error.Message}");
            }

            terminal.Error.WriteLine("Run 'verification --help' for usage.");
            return (int)ExitCode.Inconclusive;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = terminal.Out,
            Error = terminal.Error,

            // An unexpected exception would otherwise be printed and turned into exit code 1 ("refuted").
            EnableDefaultExceptionHandler = false,
        });
    }

    private static RootCommand CreateRootCommand(Terminal terminal) =>
        new("Verification: decide identities of sigmoid and softmax exactly, and audit numeric kernels against their laws.\n"
            + "Exit codes: 0 all proved / all laws hold / documents up to date; 1 something refuted, failed or out of date; "
            + "2 unknown, malformed claim or usage error.")
        {
            DeriveCommand.Create(terminal),
            CheckCommand.Create(terminal),
            ExplainCommand.Create(terminal),
            AuditCommand.Create(terminal),
            CasesCommand.Create(terminal),
        };
}

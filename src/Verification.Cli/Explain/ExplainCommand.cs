using System.CommandLine;
using Verification.Cli.Check;
using Verification.Symbolic;
using Verification.Symbolic.Explanation;

namespace Verification.Cli.Explain;

/// <summary>
/// <c>verification explain "&lt;expression or claim&gt;"</c>: the derivation with every step proved,
/// ending in the result written in the outputs σ(·), s_k (see <see cref="Explainer"/>).
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(Terminal terminal)
    {
        var text = new Argument<string>("expression-or-claim")
        {
            Description = "An expression, e.g. \"diff(softmax([z0, z1, z2], 0), z1)\", or a claim \"left == right\" (or a 'for' family).",
        };
        var format = OutputFormatChoice.Option("How to print the derivation.");
        var verbose = new Option<bool>("--verbose")
        {
            Description = "When the explanation fails, print the stack trace on stderr too.",
        };
        var command = new Command("explain", "Derive an expression (or a claim's left side) step by step, every step proved by the engine, ending in the result in σ(·) or the softmax outputs.")
        {
            text,
            format,
            verbose,
        };
        command.SetAction(parsed => (int)Run(terminal, parsed.GetValue(text)!, parsed.GetValue(format), parsed.GetValue(verbose)));
        return command;
    }

    /// <summary>Prints the reports in <paramref name="format"/>, errors to standard error, and returns the exit code.</summary>
    public static ExitCode Write(Terminal terminal, IReadOnlyList<ExplainReport> reports, OutputFormat format, bool verbose)
    {
        var write = format.Choose<Action<TextWriter, IReadOnlyList<ExplainReport>>>(
            new ExplainTextWriter().Write, new ExplainMarkdownWriter().Write, new ExplainLatexWriter().Write, ExplainJsonWriter.Write);
        write(terminal.Out, reports);

        foreach (var report in reports)
        {
            if (ExplainWords.Error(report.Result) is { } error)
            {
                terminal.Error.WriteLine($"line {report.Line}: {error}");
                if (verbose && report.Result is ExplainFailed { Exception: { } exception })
                {
                    terminal.Error.WriteLine(exception.ToString());
                }
            }
        }

        return ExitCodeOf(reports);
    }

    /// <summary>1 if a claim is refuted; else 2 if anything is unknown or has no explanation; else 0.</summary>
    public static ExitCode ExitCodeOf(IEnumerable<ExplainReport> reports)
    {
        var outcomes = reports.Select(static r => r.Result.Outcome).ToList();
        return outcomes.Contains(Outcome.Refuted) ? ExitCode.Failure
            : outcomes.Any(static o => o is Outcome.Unknown or Outcome.Error) ? ExitCode.Inconclusive
            : ExitCode.Success;
    }

    private static ExitCode Run(Terminal terminal, string text, OutputFormat format, bool verbose)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            terminal.Error.WriteLine("error: the argument 'expression-or-claim' is empty; give an expression such as \"diff(sigmoid(x), x)\" or a claim \"left == right\"");
            return ExitCode.Inconclusive;
        }

        return Write(terminal, ExplainRunner.ExplainOne(text), format, verbose);
    }
}

using System.CommandLine;
using Verification.Cli.Explain;
using Verification.Symbolic;

namespace Verification.Cli.Check;

/// <summary>
/// <c>verification check "&lt;claim&gt;"</c>, <c>verification check --file claims.txt</c>, and
/// <c>verification check --file -</c> (the claims from standard input, as in <c>generate | verification check --file -</c>).
/// </summary>
internal static class CheckCommand
{
    /// <summary>The <c>--file</c> value that means standard input, by the usual Unix convention.</summary>
    private const string StandardInput = "-";

    public static Command Create(Terminal terminal)
    {
        var claim = new Argument<string?>("claim")
        {
            Description = "One claim in the claim language, e.g. \"diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))\".",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file", "-f")
        {
            Description = "A file of claims ('-' for standard input): one per line, blank and '#' lines skipped, a trailing '\\' continues the line.",
            HelpName = "FILE|-",
        };
        file.Validators.Add(static result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var path && path != StandardInput && !File.Exists(path))
            {
                result.AddError($"File does not exist: '{path}'.");
            }
        });
        var verbose = new Option<bool>("--verbose")
        {
            Description = "When the engine fails on a claim (a bug), print the stack trace on stderr too.",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "For each claim, also derive it step by step, every step proved (as 'verification explain' does).",
        };
        var format = OutputFormatChoice.Option("How to print the verdicts.");

        var command = new Command("check", "Decide claims exactly: proved (with the method), refuted (with a witness), unknown (with the reason), or the solutions of a 'solve' question.")
        {
            claim,
            file,
            format,
            explain,
            verbose,
        };
        command.Validators.Add(result =>
        {
            var hasClaim = result.GetValue(claim) is not null;
            var hasFile = result.GetValue(file) is not null;
            if (hasClaim == hasFile)
            {
                result.AddError("Give either one claim or --file FILE (not both, not neither).");
            }
        });
        command.SetAction(parsed => (int)Run(
            terminal,
            parsed.GetValue(claim),
            parsed.GetValue(file),
            parsed.GetValue(format),
            parsed.GetValue(verbose),
            parsed.GetValue(explain)));
        return command;
    }

    private static ExitCode Run(Terminal terminal, string? claim, string? file, OutputFormat format, bool verbose, bool explain)
    {
        IReadOnlyList<ClaimReport> reports;
        if (file is not null)
        {
            var source = file == StandardInput ? "standard input" : $"'{Path.GetFullPath(file)}'";
            string text;
            try
            {
                text = file == StandardInput ? terminal.In.ReadToEnd() : File.ReadAllText(file);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"error: cannot read {source}: {failure.Message}");
                return ExitCode.Inconclusive;
            }

            if (explain)
            {
                return Explained(terminal, ExplainRunner.ExplainFile(text), source, format, verbose);
            }

            reports = ClaimRunner.CheckFile(text);
            if (reports.Count == 0)
            {
                terminal.Error.WriteLine($"error: {source} has no claims (only blank and '#' lines)");
                return ExitCode.Inconclusive;
            }
        }
        else if (explain)
        {
            return ExplainCommand.Write(terminal, ExplainRunner.ExplainOne(claim!), format, verbose);
        }
        else
        {
            reports = ClaimRunner.CheckOne(claim!);
        }

        var write = format.Choose<Action<TextWriter, IReadOnlyList<ClaimReport>>>(
            TextReportWriter.Write, MarkdownReportWriter.Write, LatexReportWriter.Write, JsonReportWriter.Write);
        write(terminal.Out, reports);

        // Malformed claims are also errors of the invocation: say so where errors go (line:column included).
        foreach (var malformed in reports.Select(static report => report.Result).OfType<ParseFailed>())
        {
            terminal.Error.WriteLine($"error: {malformed.Error}");
        }

        foreach (var report in reports.Where(static report => report.Result is CheckFailed))
        {
            var failed = (CheckFailed)report.Result;
            terminal.Error.WriteLine($"error: line {report.Line}: {failed.Message}");
            if (verbose)
            {
                terminal.Error.WriteLine(failed.Exception.ToString());
            }
        }

        return ClaimRunner.ExitCodeOf(reports);
    }

    private static ExitCode Explained(Terminal terminal, IReadOnlyList<ExplainReport> reports, string source, OutputFormat format, bool verbose)
    {
        if (reports.Count == 0)
        {
            terminal.Error.WriteLine($"error: {source} has no claims (only blank and '#' lines)");
            return ExitCode.Inconclusive;
        }

        return ExplainCommand.Write(terminal, reports, format, verbose);
    }
}

using Verification.Symbolic;
using Verification.Symbolic.Parsing;

namespace Verification.Cli.Check;

/// <summary>Parses and decides claims, one at a time, so that a malformed claim does not stop the others.</summary>
internal static class ClaimRunner
{
    /// <summary>A single claim given on the command line: it is line 1.</summary>
    public static IReadOnlyList<ClaimReport> CheckOne(string claim) =>
        [new ClaimReport(1, ClaimText.OneLine(claim), ClaimChecker.Check(claim))];

    /// <summary>
    /// A claims file: one claim per line, blank and <c>#</c> lines skipped, <c>\</c> continues
    /// (<see cref="ClaimParser.ParseFile"/>); <paramref name="progress"/> hears of each claim before it is decided.
    /// </summary>
    public static IReadOnlyList<ClaimReport> CheckFile(string text, Action<int, int, ParsedLine>? progress = null)
    {
        return [.. ClaimChecker.CheckFile(text, progress).Select(static checkedLine =>
            new ClaimReport(checkedLine.Line.Line, ClaimText.OneLine(checkedLine.Line.Text), checkedLine.Result))];
    }

    /// <summary>1 if any claim is refuted; else 2 if any is unknown or malformed; else 0.</summary>
    public static ExitCode ExitCodeOf(IEnumerable<ClaimReport> reports)
    {
        var verdicts = reports.Select(static report => report.Verdict).ToList();
        return verdicts.Contains(Outcome.Refuted) ? ExitCode.Failure
            : verdicts.Any(static verdict => verdict is Outcome.Unknown or Outcome.Error) ? ExitCode.Inconclusive
            : ExitCode.Success;
    }
}

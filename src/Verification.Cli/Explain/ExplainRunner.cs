using Verification.Cli.Check;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Parsing;

namespace Verification.Cli.Explain;

/// <summary>Explains texts one at a time, so that a malformed claim of a file does not stop the others.</summary>
internal static class ExplainRunner
{
    /// <summary>One expression or claim from the command line: it is line 1.</summary>
    public static IReadOnlyList<ExplainReport> ExplainOne(string text) =>
        [new ExplainReport(1, ClaimText.OneLine(text), Explainer.Explain(text))];

    /// <summary>A claims file as <c>check</c> reads it (<see cref="ClaimParser.ParseFile"/>), each claim explained.</summary>
    public static IReadOnlyList<ExplainReport> ExplainFile(string text) =>
        [.. ClaimParser.ParseFile(text).Select(static line => new ExplainReport(
            line.Line,
            ClaimText.OneLine(line.Text),
            line.Result.IsSuccess ? Explainer.Explain(line.Result.Value) : new ExplainParseFailed(line.Result.Error)))];
}

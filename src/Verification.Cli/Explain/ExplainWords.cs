using Verification.Cli.Check;
using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>The sentences every format of <c>explain</c> shares: verdict headlines, the result line, the note on output forms.</summary>
internal static class ExplainWords
{
    /// <summary>The verdict of a claim in <c>check</c>'s words (headline and witness lines).</summary>
    public static VerdictDescription Verdict(ClaimExplained claim) =>
        VerdictDescription.Of(new ClaimReport(1, PlainTextPrinter.Print(claim.Claim), new IdentityChecked(claim.Claim, claim.Verdict)));

    /// <summary>What the result is written in, and that it is proved.</summary>
    public static string ResultNote(ExplainedExpression explanation) =>
        explanation.Note ?? $"in the outputs {Outputs(explanation)}; proved equal to the expression, as is every step";

    /// <summary><c>sigmoid(x), softmax([z0, z1, z2], k)</c>: each softmax once, with k for its index.</summary>
    public static string Outputs(ExplainedExpression explanation) =>
        string.Join(", ", explanation.Form.Outputs
            .Select(static o => o is Softmax s ? $"softmax({s.Logits}, k)" : PlainTextPrinter.Print(o))
            .Distinct(StringComparer.Ordinal));

    /// <summary>The error line for a text without an explanation.</summary>
    public static string? Error(ExplainResult result) => result switch
    {
        ExplainParseFailed failed => $"error: {failed.Error}",
        ExplainFailed failed => $"error: {failed.Message}",
        _ => null,
    };

    /// <summary>"derived" for an expression; "proved", "refuted", "unknown" for a claim; "error".</summary>
    public static string Outcome(ExplainResult result) => result is ExpressionExplained ? "derived" : result.Outcome switch
    {
        Symbolic.Outcome.Proved => "proved",
        Symbolic.Outcome.Refuted => "refuted",
        Symbolic.Outcome.Unknown => "unknown",
        _ => "error",
    };

    /// <summary>"you wrote R; the left side is L" for a claim that is not proved.</summary>
    public static (string Wrote, string Is)? Correction(ClaimExplained claim) =>
        claim.Verdict is Proved ? null : (PlainTextPrinter.Print(claim.Claim.Right), PlainTextPrinter.Print(claim.Left.Result));
}

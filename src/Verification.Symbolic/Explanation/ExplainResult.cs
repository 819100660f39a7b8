using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Explanation;

/// <summary>What <see cref="Explainer"/> gave for one text: an explained expression, claim or family, or why not.</summary>
public abstract record ExplainResult
{
    private protected ExplainResult()
    {
    }

    /// <summary>Proved for an explained expression; the claim's outcome for a claim; Error when there is no explanation.</summary>
    public abstract Outcome Outcome { get; }
}

/// <summary>An expression and its derivation.</summary>
public sealed record ExpressionExplained(ExplainedExpression Explanation) : ExplainResult
{
    public override Outcome Outcome => Outcome.Proved;
}

/// <summary>
/// An identity: its verdict and its left side explained. <see cref="Steps"/> runs from the left side
/// to the right side when the claim is proved; otherwise it is the left side's derivation, whose
/// result is what the left side really equals.
/// </summary>
public sealed record ClaimExplained(IdentityClaim Claim, Verdict Verdict, ExplainedExpression Left, ImmutableArray<ExplanationStep> Steps) : ExplainResult
{
    public override Outcome Outcome => OutcomeOf.Verdict(Verdict);
}

/// <summary>A family, each instance explained; the matrix of the left sides' results when it has two indices.</summary>
public sealed record FamilyExplained(ClaimFamily Family, ImmutableArray<InstanceExplained> Instances) : ExplainResult
{
    /// <summary>Refuted if any instance is; else unknown if any is; else proved.</summary>
    public override Outcome Outcome =>
        Instances.Any(static i => i.Explained.Outcome == Outcome.Refuted) ? Outcome.Refuted
        : Instances.Any(static i => i.Explained.Outcome != Outcome.Proved) ? Outcome.Unknown
        : Outcome.Proved;
}

/// <summary>One instance of a family and its explanation.</summary>
public sealed record InstanceExplained(ClaimInstance Instance, ClaimExplained Explained);

/// <summary>No explanation: the message says why (a step not proved, outside the fragment, too large, a claim kind explain does not take).</summary>
/// <param name="Message">One line.</param>
/// <param name="Exception">The exception behind it, if any (for a stack trace on request).</param>
public sealed record ExplainFailed(string Message, Exception? Exception) : ExplainResult
{
    public override Outcome Outcome => Outcome.Error;
}

/// <summary>The text is neither an expression nor a claim; <see cref="Error"/> gives line:column.</summary>
public sealed record ExplainParseFailed(ParseError Error) : ExplainResult
{
    public override Outcome Outcome => Outcome.Error;
}

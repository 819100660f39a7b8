using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic;

/// <summary>What <see cref="ClaimChecker"/> found for one claim.</summary>
public abstract record CheckResult
{
    private protected CheckResult()
    {
    }

    /// <summary>Proved, refuted, unknown or error, for every kind of claim alike.</summary>
    public abstract Outcome Outcome { get; }
}

/// <summary>The text is not a claim; <see cref="Error"/> gives line:column and what was expected.</summary>
public sealed record ParseFailed(ParseError Error) : CheckResult
{
    public override Outcome Outcome => Outcome.Error;
}

/// <summary>
/// The engine failed on this claim with an unexpected exception — a bug, reported as this claim's
/// error so that the other claims of a file are still decided.
/// </summary>
/// <param name="Message">One line: the exception's type and message.</param>
/// <param name="Exception">The exception, for a stack trace on request.</param>
public sealed record CheckFailed(string Message, Exception Exception) : CheckResult
{
    public override Outcome Outcome => Outcome.Error;
}

/// <summary>An identity and its verdict.</summary>
public sealed record IdentityChecked(IdentityClaim Claim, Verdict Verdict) : CheckResult
{
    public override Outcome Outcome => OutcomeOf.Verdict(Verdict);
}

/// <summary>A family (<c>for i, j in …</c>) and the verdict of each instance, in order.</summary>
public sealed record FamilyChecked(ClaimFamily Family, ImmutableArray<Verdict> Verdicts) : CheckResult
{
    public override Outcome Outcome => OutcomeOf.Verdict(Summary);

    /// <summary>Proved when every instance is; else the first refutation; else the first unknown.</summary>
    public Verdict Summary =>
        Verdicts.OfType<Refuted>().FirstOrDefault() as Verdict
        ?? Verdicts.OfType<Unknown>().FirstOrDefault() as Verdict
        ?? new Proved($"every one of the {Verdicts.Length} instances is proved", Verdicts.OfType<Proved>().Sum(p => p.Work));

    /// <summary>The position (0-based) of the instance the summary verdict is about (the first refuted or unknown one), if any.</summary>
    public int? CulpritPosition
    {
        get
        {
            var index = Verdicts.IndexOf(Summary);
            return index >= 0 && Summary is not Proved ? index : null;
        }
    }

    /// <summary>The instance the summary verdict is about (the first refuted or unknown one), if any.</summary>
    public ClaimInstance? Culprit => CulpritPosition is { } position ? Family.Instances[position] : null;
}

/// <summary>An equivalence question and its solution set.</summary>
public sealed record EquivalenceChecked(SolveClaim Claim, EquivalenceResult Result) : CheckResult
{
    /// <summary>Solutions found: proved; none exist: refuted; otherwise unknown.</summary>
    public override Outcome Outcome => Result switch
    {
        EquivalenceSolutions => Outcome.Proved,
        NoEquivalence => Outcome.Refuted,
        _ => Outcome.Unknown,
    };
}

namespace Verification.Laws.Results;

/// <summary>
/// What a law measured on one input: skipped (outside its domain), or a measured error against an allowed
/// tolerance with the evidence to show if it is the worst failure.
/// </summary>
public sealed record CaseOutcome
{
    private CaseOutcome(string? skipReason, Counterexample? evidence)
    {
        SkipReason = skipReason;
        Evidence = evidence;
    }

    /// <summary>Why the input is outside the law's domain; null when it was measured.</summary>
    public string? SkipReason { get; }

    /// <summary>The measurement and what produced it; null when skipped.</summary>
    public Counterexample? Evidence { get; }

    /// <summary>
    /// True when the measurement breaks the law. NaN and ∞ errors always do, even against an infinite
    /// tolerance: a non-number where the law expects a number is a failure, whatever the conditioning.
    /// A NaN tolerance does too: every comparison with NaN is false, so "measured > NaN" would let any
    /// error pass; a bound the law could not compute certifies nothing.
    /// </summary>
    public bool Violates => Evidence is { } e
        && (!double.IsFinite(e.MeasuredError) || double.IsNaN(e.AllowedTolerance) || e.MeasuredError > e.AllowedTolerance);

    /// <summary>measured / allowed, with non-numbers and violations of exact (zero-tolerance) laws as +∞.</summary>
    public double ErrorToToleranceRatio =>
        Evidence is { } e ? Arithmetic.ErrorRatio.Of(e.MeasuredError, e.AllowedTolerance) : 0;

    /// <summary>The input is outside the law's domain.</summary>
    public static CaseOutcome Skipped(string reason) => new(reason, null);

    /// <summary>A measurement with its evidence.</summary>
    public static CaseOutcome Measured(Counterexample evidence) => new(null, evidence);
}

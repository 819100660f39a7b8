namespace Verification.Symbolic.Canonical;

/// <summary>
/// Counts the term operations of one decision and stops it with <see cref="WorkLimitExceededException"/>
/// when a limit of <see cref="EngineLimits"/> is crossed, so that a claim that would blow up answers
/// Unknown("too large: …") instead of hanging or exhausting memory. One meter per decision, owned by
/// its <see cref="CanonicalContext"/> (which also holds that decision's caches); neither is shared between threads.
/// </summary>
internal sealed class WorkMeter(EngineLimits limits)
{
    public EngineLimits Limits { get; } = limits;

    /// <summary>Term operations charged so far.</summary>
    public long Work { get; private set; }

    public void Charge(long operations)
    {
        Work += operations;
        if (Work > Limits.MaxWork)
        {
            throw new WorkLimitExceededException($"too large: more than {Limits.MaxWork:N0} term operations (EngineLimits.MaxWork)");
        }
    }

    public void ChargeProduct(int leftTerms, int rightTerms)
    {
        var product = (long)leftTerms * rightTerms;
        if (product > Limits.MaxTerms)
        {
            throw new WorkLimitExceededException(
                $"too large: a product of {leftTerms:N0} × {rightTerms:N0} terms exceeds {Limits.MaxTerms:N0} (EngineLimits.MaxTerms)");
        }

        Charge(product);
    }
}

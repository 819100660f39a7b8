using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Evaluation;

/// <summary>
/// Counts the enclosure operations of one witness search (every point and precision together) and
/// stops it with <see cref="WorkLimitExceededException"/> past its limit, as <see cref="WorkMeter"/> does
/// for term operations. One per search; not shared between threads.
/// </summary>
internal sealed class EvaluationBudget(long maxOperations)
{
    /// <summary>Operations charged so far.</summary>
    public long Operations { get; private set; }

    private string? stoppedBecause;

    /// <summary>True once the limit has been crossed, or the search was stopped by another bound.</summary>
    public bool IsExhausted => Operations > maxOperations || stoppedBecause is not null;

    /// <summary>What crossing the limit means, in the words of an Unknown reason.</summary>
    public string LimitMessage => stoppedBecause ?? $"too large: more than {maxOperations:N0} enclosure operations (EngineLimits.MaxWitnessOperations)";

    /// <summary>Points the search has started to evaluate (for the Unknown reason of a search cut short).</summary>
    public int PointsTried { get; private set; }

    /// <summary>Records that the search moves on to a new point.</summary>
    public void CountPoint() => PointsTried++;

    /// <summary>Ends the search for a reason of its own (a bound other than the operation count).</summary>
    public void Stop(string reason) => stoppedBecause = reason;

    /// <summary>
    /// What evaluating one node at <paramref name="precisionBits"/> costs: a multiplication's cost grows as
    /// the square of the precision, one unit at 256 bits.
    /// </summary>
    public static long NodeCost(int precisionBits) => Math.Max(1, (long)precisionBits * precisionBits / (256 * 256));

    public void Charge(long operations)
    {
        Operations += operations;
        if (Operations > maxOperations)
        {
            throw new WorkLimitExceededException(LimitMessage);
        }
    }
}

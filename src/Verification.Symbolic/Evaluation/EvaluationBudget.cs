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

    /// <summary>True once the limit has been crossed.</summary>
    public bool IsExhausted => Operations > maxOperations;

    /// <summary>What crossing the limit means, in the words of an Unknown reason.</summary>
    public string LimitMessage => $"too large: more than {maxOperations:N0} enclosure operations (EngineLimits.MaxWitnessOperations)";

    public void Charge(long operations)
    {
        Operations += operations;
        if (Operations > maxOperations)
        {
            throw new WorkLimitExceededException(LimitMessage);
        }
    }
}

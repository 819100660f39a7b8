namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: log σ(x) as log(σ(x)), the log of a stable sigmoid. σ(x) underflows to 0 below about −103.3
/// (float) or −744.4 (double), so log σ(x) = −∞ where it should be ≈ x; and for large x σ(x) rounds to 1 and
/// log σ(x) = 0 where it should be ≈ −e⁻ˣ. Its softplus is the stable one, so the law log σ(x) = −softplus(−x)
/// blames the log-sigmoid.
/// </summary>
public static class LogOfSigmoid
{
    public static void LogSigmoid<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableActivations.Apply(x, destination, static value => T.Log(StableActivations.Sigmoid(value)));
}

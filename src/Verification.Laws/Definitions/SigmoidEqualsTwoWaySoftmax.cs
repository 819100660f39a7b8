namespace Verification.Laws.Definitions;

/// <summary>
/// σ(a − b) = softmax([a, b])₀ for each pair of neighbouring entries (a, b) = (xᵢ, xᵢ₊₁ mod k).
/// </summary>
/// <remarks>
/// <para>
/// Math: e^a / (e^a + e^b) = 1 / (1 + e^(b−a)). The difference d = a − b is formed in double (exact for float
/// operands of similar exponent) and rounded once to T for the sigmoid kernel: a relative perturbation of at
/// most u·|d| of its argument, which moves σ by (1 − σ)·u|d| relative. The two-way softmax rounds the same
/// exponent argument (b − m or a − m), and both kernels add a few roundings of their own.
/// </para>
/// <para>
/// Allowed: |σ(d) − softmax([a, b])₀| ≤ ε(8 + 3·min(|d|, underflow exponent))·softmax([a, b])₀ + (smallest normal).
/// Beyond the underflow exponent both sides are exactly 0 or round to 1, so the argument term is capped there
/// (which also keeps the bound finite when an entry is −∞).
/// </para>
/// </remarks>
public sealed class SigmoidEqualsTwoWaySoftmax<T>() : KernelLaw<T, T[]>(
    id: "sigmoid-equals-two-way-softmax",
    statement: "|σ(a − b) − softmax([a, b])₀| ≤ ε(8 + 3 min(|a − b|, ln(1/subnormal)))·softmax([a, b])₀ + (smallest normal)",
    provedBy: CatalogReference.Entry("two-class-softmax-is-sigmoid"),
    requires: [nameof(ActivationKernels<T>.Sigmoid), nameof(ActivationKernels<T>.Softmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => LogitGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        var pairs = Enumerable.Range(0, x.Length)
            .Select(i => new[] { x[i], x[(i + 1) % x.Length] })
            .Where(static pair => Vectors.IsSoftmaxDefined<T>(pair))
            .ToArray();
        if (pairs.Length == 0)
        {
            return CaseOutcome.Skipped("no pair of entries on which softmax is defined");
        }

        var differences = pairs.Select(static pair => double.CreateTruncating(pair[0]) - double.CreateTruncating(pair[1])).ToArray();
        var sigmoid = Vectors.ToDoubles<T>(Vectors.Apply(kernels.Sigmoid!, differences.Select(T.CreateTruncating).ToArray(), pairs.Length));
        var twoWay = pairs.Select(pair => double.CreateTruncating(Vectors.Apply(kernels.Softmax!, pair, 2)[0])).ToArray();
        var worst = new WorstEntry();
        for (var p = 0; p < pairs.Length; p++)
        {
            var argument = Math.Min(Math.Abs(differences[p]), UnderflowExponent);
            var allowed = (Epsilon * (8 + (3 * argument)) * Math.Abs(twoWay[p])) + SmallestNormal;
            worst.Consider(p, Math.Abs(sigmoid[p] - twoWay[p]), allowed);
        }

        var pair = pairs[worst.Index];
        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"pair (a, b) = ({pair[0]}, {pair[1]})"),
            [Observe("x", x), Observe("(a, b)", pair), Observation.Scalar("a − b", differences[worst.Index])],
            [Observation.Scalar("σ(a − b)", sigmoid[worst.Index]), Observation.Scalar("softmax([a, b])₀", twoWay[worst.Index])]);
    }
}

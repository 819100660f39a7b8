namespace Verification.Laws.Definitions;

/// <summary>
/// Common ground of the cross-entropy gradient laws: logits z with a target y (<see cref="LogitGenerators.WithTarget{T}"/>),
/// skipped unless softmax(z) is defined and y is a nonnegative finite vector of z's width; each entry of the kernel's
/// gradient is held to the exact (Σ y′)·sᵢ − y′ᵢ for the target y′ the kernel is meant to use (y itself, or y smoothed).
/// </summary>
/// <param name="id">The law's id.</param>
/// <param name="statement">The law and its tolerance.</param>
/// <param name="provedBy">The catalog entry that proves it.</param>
/// <param name="kernel">The gradient kernel the law calls.</param>
public abstract class CrossEntropyGradientLaw<T>(string id, string statement, CatalogReference provedBy, string kernel)
    : KernelLaw<T, LogitsWithTarget<T>>(id, statement, provedBy, kernel)
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<LogitsWithTarget<T>> DefaultInputs =>
        LogitGenerators.WithTarget(LogitGenerators.Adversarial<T>());

    /// <inheritdoc/>
    protected sealed override CaseOutcome Evaluate(ActivationKernels<T> kernels, LogitsWithTarget<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (z, y) = (input.Logits, input.TargetProbabilities);
        return Vectors.IsSoftmaxDefined<T>(z) && y.Length == z.Length && y.All(static value => value >= T.Zero && T.IsFinite(value))
            ? EvaluateValid(kernels, z, y, ReferenceSoftmax.Of(Widen(z), UnderflowExponent))
            : CaseOutcome.Skipped("softmax undefined, or y not a nonnegative finite vector of the width of z");
    }

    /// <summary>Evaluates the law on logits <paramref name="z"/> and a valid target <paramref name="y"/>, with the reference softmax of z.</summary>
    private protected abstract CaseOutcome EvaluateValid(ActivationKernels<T> kernels, T[] z, T[] y, ReferenceSoftmax reference);

    /// <summary>
    /// The kernel's gradient <paramref name="actual"/> against (Σ y′)·sᵢ − y′ᵢ, y′ = <paramref name="target"/> formed from
    /// <paramref name="y"/> with smoothing ε (0: y′ = y), each entry allowed
    /// 2ε_T[(k + 4 + aᵢ + Σⱼ sⱼaⱼ)sᵢ + yᵢ + ε/n + |sᵢ − y′ᵢ|] + |Σ y′ − 1|·sᵢ + (smallest normal), as the laws derive.
    /// </summary>
    private protected static (WorstEntry Worst, double[] Expected) Compare(
        double[] actual, ReferenceSoftmax reference, double[] y, double[] target, double smoothing)
    {
        var s = reference.Probabilities;
        var targetMass = AccurateSum.Of(target);
        var expected = ReferenceFormulas.CrossEntropyGradient(s, target);
        var worst = new WorstEntry();
        for (var i = 0; i < s.Length; i++)
        {
            var spread = s.Length + 4 + reference.ExponentSpread[i] + reference.WeightedSpread;
            var allowed = (2 * Epsilon * ((spread * s[i]) + y[i] + (smoothing / s.Length) + Math.Abs(s[i] - target[i])))
                + (Math.Abs(targetMass - 1) * s[i]) + SmallestNormal;
            worst.Consider(i, Math.Abs(actual[i] - expected[i]), allowed);
        }

        return (worst, expected);
    }
}

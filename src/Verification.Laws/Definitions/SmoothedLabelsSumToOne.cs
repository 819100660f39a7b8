namespace Verification.Laws.Definitions;

/// <summary>
/// Label smoothing y′ = (1 − ε)y + ε/n keeps a distribution: Σ y′ = 1 for a target y with Σ y = 1, and each y′ᵢ is
/// the stated mixture, for ε ∈ {0, 0.1, 0.5, 1} (ε as the kernel's precision rounds it).
/// </summary>
/// <remarks>
/// <para>
/// Math: Σᵢ((1 − ε)yᵢ + ε/n) = (1 − ε)Σ y + ε, which is 1 when Σ y = 1 (the fact the catalog entry
/// cross-entropy-label-smoothing-gradient rests on). A rounded target sums to 1 only within k·u, so the sum is
/// held to (1 − ε)|Σ y − 1| plus the entries' rounding.
/// </para>
/// <para>
/// Entries: however y′ᵢ is evaluated from the rounded 1 − ε, ε/n and yᵢ (a fused multiply-add, or
/// yᵢ + ε(1/n − yᵢ)), it takes at most four roundings, each ≤ u relative to one of yᵢ, ε/n or ε·yᵢ, so
/// |ŷ′ᵢ − y′ᵢ| ≤ 2ε_T(yᵢ + ε/n) + (smallest normal) with a factor two to spare. The reference y′ is formed in
/// double the same way and errs by as much again in ε_d (negligible for float, the kernel's own size for double:
/// a double kernel measured 0.89 of the bound without it), so the entries are allowed 2(ε_T + ε_d)(yᵢ + ε/n).
/// The sum needs no reference: summing the kernel's bounds,
/// |Σ ŷ′ − 1| ≤ (1 − ε)|Σ y − 1| + 2ε_T(Σ y + ε) + k·(smallest normal). The sum is measured in double with
/// compensation, exactly enough to see a 1-ulp excess.
/// </para>
/// <para>
/// Forgetting the division by n, (1 − ε)y + ε, sums to 1 + (n − 1)ε: both checks fail for n ≥ 2 and ε &gt; 0.
/// </para>
/// </remarks>
public sealed class SmoothedLabelsSumToOne<T>() : KernelLaw<T, LogitsWithTarget<T>>(
    id: "smoothed-labels-sum-to-one",
    statement: "|Σ y′ − 1| ≤ (1 − ε)|Σ y − 1| + 2ε_T(Σ y + ε) + k·(smallest normal) and |y′ᵢ − ((1 − ε)yᵢ + ε/n)| ≤ 2(ε_T + ε_d)(yᵢ + ε/n) + (smallest normal), ε ∈ {0, 0.1, 0.5, 1}",
    provedBy: CatalogReference.Entry("cross-entropy-label-smoothing-gradient"),
    requires: [nameof(ActivationKernels<T>.SmoothLabels)])
    where T : IFloatingPointIeee754<T>
{
    /// <summary>ε_d: the reference forms y′ in double with the same three roundings, as large as a double kernel's own.</summary>
    private static readonly double ReferenceEpsilon = FloatingPointFacts<double>.MachineEpsilon;

    /// <summary>The smoothing strengths ε: none, the customary 0.1, half, and fully uniform.</summary>
    public IReadOnlyList<double> Smoothings { get; } = [0, 0.1, 0.5, 1];

    /// <inheritdoc/>
    public override Arbitrary<LogitsWithTarget<T>> DefaultInputs =>
        LogitGenerators.WithTarget(LogitGenerators.Adversarial<T>());

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, LogitsWithTarget<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var y = input.TargetProbabilities;
        if (y.Length == 0 || !y.All(static value => value >= T.Zero && T.IsFinite(value)))
        {
            return CaseOutcome.Skipped("y is not a nonempty nonnegative finite vector");
        }

        var yWidened = Widen(y);
        var targetMass = AccurateSum.Of(yWidened);
        return WorstOver(Smoothings, requested =>
        {
            var smoothing = T.CreateTruncating(requested);
            var epsilon = double.CreateTruncating(smoothing);
            var smoothed = new T[y.Length];
            kernels.SmoothLabels!(y, smoothed, smoothing);
            var actual = Widen(smoothed);
            var expected = ReferenceFormulas.SmoothedLabels(yWidened, epsilon);
            var entries = new WorstEntry();
            for (var i = 0; i < y.Length; i++)
            {
                var scale = yWidened[i] + (epsilon / y.Length);
                entries.Consider(i, Math.Abs(actual[i] - expected[i]), (2 * (Epsilon + ReferenceEpsilon) * scale) + SmallestNormal);
            }

            var sumError = Math.Abs(AccurateSum.Of(actual) - 1);
            var sumAllowed = ((1 - epsilon) * Math.Abs(targetMass - 1)) + (2 * Epsilon * (targetMass + epsilon)) + (y.Length * SmallestNormal);
            var sumIsWorse = ErrorRatio.Of(sumError, sumAllowed) > ErrorRatio.Of(entries.Measured, entries.Allowed);
            return Measured(
                sumIsWorse ? sumError : entries.Measured,
                sumIsWorse ? sumAllowed : entries.Allowed,
                string.Create(CultureInfo.InvariantCulture, $"{(sumIsWorse ? "Σ y′" : $"entry {entries.Index}")}, ε = {requested}"),
                [new Observation("y", yWidened), Observation.Scalar("ε", epsilon)],
                [
                    new Observation("y′ (kernel)", actual),
                    new Observation("(1 − ε)y + ε/n (reference)", expected),
                    Observation.Scalar("Σ y′ (kernel)", AccurateSum.Of(actual)),
                ]);
        })!;
    }
}

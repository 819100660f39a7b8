namespace Verification.Laws.Definitions;

/// <summary>
/// σ(x) is within 4 ulp of the true value for every finite x, the far tails included: down to x ≈ −103.3 (float)
/// or −744.4 (double), where σ(x) ≈ eˣ is subnormal, and up to where σ(x) rounds to 1.
/// </summary>
/// <remarks>
/// <para>
/// The other sigmoid laws compare σ with the implementation's own softmax or with σ of −x, so a library that
/// offers σ alone, or whose σ and softmax share one defect, passes them unexamined. This law needs no other kernel.
/// </para>
/// <para>
/// Allowed: 4 ulp of T relative to σ, 4ε·σ, where ulp is the spacing of T's numbers; in the subnormal range that
/// spacing is the smallest subnormal, so the floor is 4·(smallest subnormal), not the smallest normal: a σ that
/// returns 0 where σ(x) ≈ 10⁻⁴⁰ (float) is 10⁵ ulp off and fails. The reference's own error
/// (<see cref="AccurateSigmoid"/>: 2ε_d·σ + 2⁻¹⁰⁷⁴) is added, so a double kernel gets 4 ulp of its own plus 2 of
/// the reference's. Where σ(x) lies below half the smallest subnormal the correctly rounded result is 0, within
/// the floor.
/// </para>
/// </remarks>
public sealed class SigmoidMatchesReference<T>() : ElementwiseLaw<T>(
    id: "sigmoid-matches-reference",
    statement: "|σ̂(x) − σ(x)| ≤ 4ε·σ(x) + 4·(smallest subnormal) + (reference error 2ε_d·σ(x) + 2⁻¹⁰⁷⁴) for finite x, tails included",
    provedBy: CatalogReference.None("compares σ with its definition 1/(1 + e⁻ˣ) evaluated accurately: an accuracy requirement, not an identity"),
    requires: [nameof(ActivationKernels<T>.Sigmoid)])
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedUlps = 4;

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => ElementwiseGenerators.WithTails<T>();

    /// <inheritdoc/>
    protected override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var actual = Run(kernels.Sigmoid!, arguments);
        var expected = Widen(arguments).Select(AccurateSigmoid.Sigmoid).ToArray();
        return new(
            i =>
            {
                var referenceError = (AccurateSigmoid.SigmoidRelativeError * FloatingPointFacts<double>.MachineEpsilon * expected[i]) + double.Epsilon;
                return (Math.Abs(actual[i] - expected[i]), (AllowedUlps * ((Epsilon * expected[i]) + SmallestSubnormal)) + referenceError);
            },
            i => [Observation.Scalar("σ(xᵢ) (kernel)", actual[i]), Observation.Scalar("σ(xᵢ) (reference)", expected[i])]);
    }
}

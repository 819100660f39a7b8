namespace Verification.Laws.Definitions;

/// <summary>
/// Common ground of the laws that hold one elementwise kernel f on its own to an accurate double reference, the far
/// tails included (<see cref="ElementwiseGenerators.WithTails{T}"/>): |f̂(x) − f(x)| ≤ 4ε·|f(x)| + 4·(smallest
/// subnormal), four ulp of T down to the subnormals, whose spacing is the smallest subnormal, plus the reference's
/// own error, r·ε_d·|f(x)| + 2⁻¹⁰⁷⁴ for a reference of relative error r·ε_d.
/// </summary>
/// <param name="id">The law's id.</param>
/// <param name="statement">The law and its tolerance.</param>
/// <param name="provedBy">Why no catalog entry proves it (an accuracy requirement).</param>
/// <param name="kernel">The kernel under test, an <see cref="ActivationKernels{T}"/> member name.</param>
/// <param name="value">f(xᵢ) as the counterexample labels it, e.g. <c>σ(xᵢ)</c>.</param>
/// <param name="reference">The accurate f in double.</param>
/// <param name="referenceRelativeError">r: the reference's own relative error, in multiples of ε_d (double's ε).</param>
public abstract class ElementwiseReferenceLaw<T>(
    string id, string statement, CatalogReference provedBy, string kernel, string value, Func<double, double> reference, double referenceRelativeError)
    : ElementwiseLaw<T>(id, statement, provedBy, kernel)
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedUlps = 4;

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => ElementwiseGenerators.WithTails<T>();

    /// <summary>The kernel under test, present in <paramref name="kernels"/> (the law requires it).</summary>
    protected abstract SpanKernel<T> KernelUnderTest(ActivationKernels<T> kernels);

    /// <inheritdoc/>
    protected sealed override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var actual = Run(KernelUnderTest(kernels), arguments);
        var expected = Widen(arguments).Select(reference).ToArray();
        return new(
            i =>
            {
                var magnitude = Math.Abs(expected[i]);
                var referenceError = (referenceRelativeError * FloatingPointFacts<double>.MachineEpsilon * magnitude) + double.Epsilon;
                return (Math.Abs(actual[i] - expected[i]), (AllowedUlps * ((Epsilon * magnitude) + SmallestSubnormal)) + referenceError);
            },
            i => [Observation.Scalar($"{value} (kernel)", actual[i]), Observation.Scalar($"{value} (reference)", expected[i])]);
    }
}

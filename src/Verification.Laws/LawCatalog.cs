using Verification.Laws.Definitions;

namespace Verification.Laws;

/// <summary>
/// Every law, for float and for double, plus the cross-precision law: the rows of a conformance table. The laws
/// are immutable, so one shared list serves every caller.
/// </summary>
public static class LawCatalog
{
    /// <summary>All laws: the float versions, the double versions, then float-against-double.</summary>
    public static IReadOnlyList<ILaw> All { get; } = [.. ForPrecision<float>(), .. ForPrecision<double>(), new SoftmaxSingleAgreesWithDouble()];

    /// <summary>The laws about the kernels of one precision, in the catalog's order.</summary>
    public static IReadOnlyList<ILaw> ForPrecision<T>()
        where T : IFloatingPointIeee754<T> =>
    [
        new SoftmaxRowsSumToOne<T>(),
        new SoftmaxEntriesInUnitInterval<T>(),
        new SoftmaxFiniteForFiniteInput<T>(),
        new SoftmaxShiftInvariance<T>(),
        new SoftmaxMatchesReference<T>(),
        new LogSoftmaxEqualsLogOfSoftmax<T>(),
        new LogSumExpMatchesReference<T>(),
        new SigmoidEqualsTwoWaySoftmax<T>(),
        new SigmoidReflection<T>(),
        new SigmoidMatchesReference<T>(),
        new TanhIsOdd<T>(),
        new TanhEqualsRescaledSigmoid<T>(),
        new ActivationFiniteForFiniteInput<T>(ElementwiseActivation.Tanh),
        new SoftplusDifferenceIsIdentity<T>(),
        new ActivationFiniteForFiniteInput<T>(ElementwiseActivation.Softplus),
        new LogSigmoidEqualsNegativeSoftplus<T>(),
        new LogSigmoidMatchesReference<T>(),
        new ActivationFiniteForFiniteInput<T>(ElementwiseActivation.LogSigmoid),
        new SiluEqualsInputTimesSigmoid<T>(),
        new ActivationFiniteForFiniteInput<T>(ElementwiseActivation.Silu),
        new SoftmaxJacobianIsSymmetric<T>(),
        new SoftmaxJacobianRowsSumToZero<T>(),
        new SoftmaxJacobianEqualsDiagonalMinusOuterProduct<T>(),
        new SoftmaxJacobianIsPositiveSemidefinite<T>(),
        new SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<T>(),
        new CrossEntropyGradientEqualsSoftmaxMinusTarget<T>(),
        new SoftmaxWithTemperatureEqualsSoftmaxOfScaledLogits<T>(),
        new LogSoftmaxWithTemperatureEqualsLogSoftmaxOfScaledLogits<T>(),
        new SmoothedLabelsSumToOne<T>(),
        new SmoothedCrossEntropyGradientEqualsSoftmaxMinusSmoothedTarget<T>(),
    ];

    /// <summary>The law with this <see cref="ILaw.Name"/>, or null.</summary>
    public static ILaw? Find(string name) => All.FirstOrDefault(law => string.Equals(law.Name, name, StringComparison.Ordinal));
}

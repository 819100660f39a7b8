using Verification.Laws.Definitions;
using Verification.Laws.Results;

namespace Verification.Laws.Tests;

/// <summary>
/// Our tanh, softplus, log σ and SiLU hold every law of the sigmoid's relatives at the points where the textbook
/// formulas overflow, underflow or cancel, in both precisions, as one row each (so the vector body and the tail both
/// see them).
/// </summary>
public class ActivationFamilyEdgeTests
{
    private static readonly float[] SingleEdges =
    [
        88.7f, -88.7f, 89f, -89f, 44.4f, -44.4f, 103.3f, -103.3f, 104f, -104f, 1e30f, -1e30f,
        float.MaxValue, -float.MaxValue, float.Epsilon, -float.Epsilon, 1e-30f, -1e-30f, 0f, -0f,
    ];

    private static readonly double[] DoubleEdges =
    [
        709, -709, 710, -710, 354.9, -354.9, 744.4, -744.4, 746, -746, 1e30, -1e30,
        double.MaxValue, -double.MaxValue, double.Epsilon, -double.Epsilon, 1e-300, -1e-300, 0, -0.0,
    ];

    [Fact]
    public void EveryRelativesLawHoldsForOurKernelsAtTheEdgesInFloat() => AssertAllHold(SingleEdges);

    [Fact]
    public void EveryRelativesLawHoldsForOurKernelsAtTheEdgesInDouble() => AssertAllHold(DoubleEdges);

    private static void AssertAllHold<T>(T[] row)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        Law<T[]>[] laws =
        [
            new TanhIsOdd<T>(),
            new TanhEqualsRescaledSigmoid<T>(),
            new SoftplusDifferenceIsIdentity<T>(),
            new LogSigmoidEqualsNegativeSoftplus<T>(),
            new SiluEqualsInputTimesSigmoid<T>(),
            .. Enum.GetValues<ElementwiseActivation>().Select(static activation => new ActivationFiniteForFiniteInput<T>(activation)),
        ];

        Assert.All(laws, law =>
        {
            var result = law.Check(OurKernels.Implementation, row);
            Assert.Equal(1, Assert.IsType<LawHolds>(result).CasesChecked);
        });
    }
}

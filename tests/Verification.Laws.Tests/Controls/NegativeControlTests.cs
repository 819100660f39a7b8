using Verification.Laws.Controls;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Laws.Tests.Controls;

/// <summary>
/// Each negative control is caught on the input that exposes its defect, and the counterexample shows that input
/// and the offending numbers; our kernels hold on the same inputs.
/// </summary>
public class NegativeControlTests
{
    public static TheoryData<double[]> OverflowingOrUnderflowingRows => new()
    {
        { [1000, 1001, 1002] },
        { [800, 0] },
        { [-1000, -1001] },
    };

    [Theory]
    [MemberData(nameof(OverflowingOrUnderflowingRows))]
    public void TensorPrimitivesSoftMaxReturnsNaNWhereOursDoesNot(double[] row)
    {
        var single = row.Select(static value => (float)value).ToArray();

        var failureInDouble = Assert.IsType<LawFails>(new SoftmaxRowsSumToOne<double>().Check(NegativeControls.TensorPrimitives.Implementation, row));
        var failureInFloat = Assert.IsType<LawFails>(new SoftmaxFiniteForFiniteInput<float>().Check(NegativeControls.TensorPrimitives.Implementation, single));

        Assert.Equal(row, failureInDouble.Worst.Inputs.Single(static o => o.Label == "x").Values);
        Assert.Contains(failureInDouble.Worst.Outputs.Single(static o => o.Label == "softmax(x)").Values, double.IsNaN);
        Assert.True(double.IsNaN(failureInDouble.Worst.MeasuredError));
        Assert.Equal((row.Length + 2) * Math.Pow(2, -52), failureInDouble.Worst.AllowedTolerance);
        Assert.Contains("NaN", failureInDouble.ToString(), StringComparison.Ordinal);
        Assert.InRange(failureInFloat.Worst.MeasuredError, 1, row.Length);
        Assert.IsType<LawHolds>(new SoftmaxRowsSumToOne<double>().Check(OurKernels.Implementation, row));
        Assert.IsType<LawHolds>(new SoftmaxFiniteForFiniteInput<float>().Check(OurKernels.Implementation, single));
    }

    [Fact]
    public void NaiveTextbookSoftmaxFailsOnLargeLogitsAndUnderShift()
    {
        var naive = NegativeControls.NaiveTextbookSoftmax.Implementation;
        double[] large = [1000, 1001, 1002];

        var unitInterval = Assert.IsType<LawFails>(new SoftmaxEntriesInUnitInterval<double>().Check(naive, large));
        var shift = Assert.IsType<LawFails>(new SoftmaxShiftInvariance<double>().Check(naive, [1.0, 2.0, 3.0]));
        var logSumExp = Assert.IsType<LawFails>(new LogSumExpMatchesReference<double>().Check(naive, large));

        Assert.Equal(double.PositiveInfinity, unitInterval.Worst.MeasuredError);
        Assert.Contains("shift c = 10000", shift.Worst.Where, StringComparison.Ordinal);
        Assert.Equal(double.PositiveInfinity, logSumExp.Worst.Outputs[0].Values[0]);
        Assert.Equal(1002 + Math.Log(1 + Math.Exp(-1) + Math.Exp(-2)), logSumExp.Worst.Outputs[1].Values[0], 1e-12);
    }

    [Fact]
    public void TheSignErrorJacobianFailsTheValueLawsButNotSymmetryOrDefiniteness()
    {
        var signError = NegativeControls.SignErrorJacobian.Implementation;
        double[] x = [0, 0];

        var equals = Assert.IsType<LawFails>(new SoftmaxJacobianEqualsDiagonalMinusOuterProduct<double>().Check(signError, x));
        var rows = Assert.IsType<LawFails>(new SoftmaxJacobianRowsSumToZero<double>().Check(signError, x));

        Assert.Equal(0.5, equals.Worst.MeasuredError);
        Assert.Equal([0.75, 0.25, 0.25, 0.75], equals.Worst.Outputs[0].Values);
        Assert.Equal([0.25, -0.25, -0.25, 0.25], equals.Worst.Outputs[1].Values);
        Assert.Equal(1.0, rows.Worst.MeasuredError);
        Assert.IsType<LawHolds>(new SoftmaxJacobianIsSymmetric<double>().Check(signError, x));
        Assert.IsType<LawHolds>(new SoftmaxJacobianIsPositiveSemidefinite<double>().Check(signError, x));
    }

    [Fact]
    public void TheNonSymmetricJacobianFailsSymmetryInBothModes()
    {
        var nonSymmetric = NegativeControls.NonSymmetricJacobian.Implementation;
        float[] x = [0, 1, 2];

        var tolerant = Assert.IsType<LawFails>(new SoftmaxJacobianIsSymmetric<float>().Check(nonSymmetric, x));
        var bitwise = Assert.IsType<LawFails>(new SoftmaxJacobianIsSymmetric<float>(SymmetryRequirement.Bitwise).Check(nonSymmetric, x));

        Assert.StartsWith("J[", tolerant.Worst.Where, StringComparison.Ordinal);
        Assert.Equal(3, bitwise.Worst.MeasuredError);
        Assert.IsType<LawHolds>(new SoftmaxJacobianIsSymmetric<float>(SymmetryRequirement.Bitwise).Check(OurKernels.Implementation, x));
    }

    [Fact]
    public void TheMissingDiagonalJacobianHasANegativeEigenvalue()
    {
        var failure = Assert.IsType<LawFails>(
            new SoftmaxJacobianIsPositiveSemidefinite<double>().Check(NegativeControls.MissingDiagonalJacobian.Implementation, [0.0, 0.0]));

        Assert.Equal(0.5, failure.Worst.MeasuredError, 1e-15);
        Assert.Contains(failure.Worst.Outputs.Single(static o => o.Label.StartsWith("eigenvalues", StringComparison.Ordinal)).Values, static value => value < -0.49);
    }

    [Fact]
    public void TheUnguardedSigmoidReturnsNaNForLargeArguments()
    {
        var unguarded = NegativeControls.UnguardedSigmoid.Implementation;

        var twoWay = Assert.IsType<LawFails>(new SigmoidEqualsTwoWaySoftmax<double>().Check(unguarded, [1000.0, 0.0]));
        var reflection = Assert.IsType<LawFails>(new SigmoidReflection<float>().Check(unguarded, [-100f]));

        Assert.Contains("(a, b) = (1000, 0)", twoWay.Worst.Where, StringComparison.Ordinal);
        Assert.True(double.IsNaN(twoWay.Worst.Outputs[0].Values[0]));
        Assert.Equal(1.0, twoWay.Worst.Outputs[1].Values[0]);
        Assert.True(double.IsNaN(reflection.Worst.Outputs.Single(static o => o.Label == "σ(−t)").Values[0]));
    }

    [Fact]
    public void TheLogSoftmaxThatForgetsTheMaximumIsOffByIt()
    {
        var failure = Assert.IsType<LawFails>(
            new LogSoftmaxEqualsLogOfSoftmax<double>().Check(NegativeControls.LogSoftmaxMissingMax.Implementation, [10.0, 11.0]));

        Assert.Equal(11.0, failure.Worst.MeasuredError, 1e-12);
    }

    [Fact]
    public void TheVectorJacobianProductWithoutProjectionIsCaught()
    {
        var failure = Assert.IsType<LawFails>(
            new SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<double>().Check(
                NegativeControls.VectorJacobianProductMissingProjection.Implementation,
                new LogitsWithUpstreamGradient<double>([0, 0], [1, 0])));

        Assert.Equal([0.5, 0], failure.Worst.Outputs[0].Values);
        Assert.Equal([0.25, -0.25], failure.Worst.Outputs[1].Values);
        Assert.Equal(0.25, failure.Worst.MeasuredError);
    }

    [Fact]
    public void TheReversedCrossEntropyGradientIsCaught()
    {
        var failure = Assert.IsType<LawFails>(
            new CrossEntropyGradientEqualsSoftmaxMinusTarget<float>().Check(
                NegativeControls.ReversedCrossEntropyGradient.Implementation,
                new LogitsWithTarget<float>([0, 0], [1, 0])));

        Assert.Equal([0.5, -0.5], failure.Worst.Outputs[0].Values);
        Assert.Equal([-0.5, 0.5], failure.Worst.Outputs[1].Values);
        Assert.Equal(1.0, failure.Worst.MeasuredError);
    }

    [Fact]
    public void AHalfPrecisionFloatSoftmaxDisagreesWithDouble()
    {
        var failure = Assert.IsType<LawFails>(
            new SoftmaxSingleAgreesWithDouble().Check(NegativeControls.HalfPrecisionSingleSoftmax.Implementation, [0.1f, 0.2f, 0.3f, 0.4f]));

        Assert.InRange(failure.Worst.MeasuredError, 1e-5, 1e-3);
        Assert.IsType<LawHolds>(new SoftmaxSingleAgreesWithDouble().Check(OurKernels.Implementation, [0.1f, 0.2f, 0.3f, 0.4f]));
    }

    [Fact]
    public void LawsNeedingAbsentKernelsAreNotApplicable()
    {
        var result = new SoftmaxJacobianIsSymmetric<double>().Check(NegativeControls.TensorPrimitives.Implementation, [0.0]);

        Assert.Equal("no SoftmaxJacobian kernel (double)", Assert.IsType<LawNotApplicable>(result).Reason);
    }

    [Fact]
    public void ControlsAreNamedAfterTheirTypesAndDescribeTheirDefect()
    {
        Assert.All(NegativeControls.All, static control =>
        {
            Assert.False(string.IsNullOrWhiteSpace(control.Defect));
            Assert.Empty(control.Implementation.BindingNotes);
        });
        Assert.Equal(NegativeControls.All.Count, NegativeControls.All.Select(static c => c.Implementation.Name).Distinct().Count());
        Assert.IsType<Implementation>(Implementation.FromStaticClass(typeof(NaiveTextbookSoftmax)));
    }
}

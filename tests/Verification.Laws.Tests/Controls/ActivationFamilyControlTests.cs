using Verification.Laws.Controls;
using Verification.Laws.Definitions;
using Verification.Laws.Results;

namespace Verification.Laws.Tests.Controls;

/// <summary>
/// The controls of the sigmoid's relatives fail exactly the laws their defect breaks (on the laws' own generated
/// inputs, both precisions) and hold the rest; on the input that exposes each defect the counterexample shows it,
/// and our kernels hold on the same input.
/// </summary>
public class ActivationFamilyControlTests(CatchMatrix matrix) : IClassFixture<CatchMatrix>
{
    public static TheoryData<string, string[]> LawsEachControlFails => new()
    {
        { nameof(NaiveSoftplus), ["softplus-difference-is-identity", "softplus-finite-for-finite-input", "log-sigmoid-equals-negative-softplus"] },
        { nameof(NaiveTanh), ["tanh-is-odd", "tanh-equals-rescaled-sigmoid", "tanh-finite-for-finite-input"] },
        { nameof(LogOfSigmoid), ["log-sigmoid-equals-negative-softplus", "log-sigmoid-finite-for-finite-input", "log-sigmoid-matches-reference"] },
        { nameof(UnguardedSilu), ["silu-equals-input-times-sigmoid", "silu-finite-for-finite-input"] },
        { nameof(SiluWithWrongSign), ["silu-equals-input-times-sigmoid"] },
        { nameof(TanhBasedSigmoid), ["sigmoid-matches-reference"] },
        { nameof(TemperatureAsMultiplier), ["softmax-with-temperature-equals-softmax-of-scaled-logits", "log-softmax-with-temperature-equals-log-softmax-of-scaled-logits"] },
        { nameof(SmoothingWithoutClassCount), ["smoothed-labels-sum-to-one", "smoothed-cross-entropy-gradient-equals-softmax-minus-smoothed-target"] },
        { nameof(RotatedSoftmax), ["softmax-matches-reference"] },
    };

    [Theory]
    [MemberData(nameof(LawsEachControlFails))]
    public void EachControlFailsExactlyTheLawsItsDefectBreaksInBothPrecisions(string control, string[] lawIds)
    {
        var failing = matrix.Results
            .Where(entry => entry.Control.Implementation.Name == control && entry.Result is LawFails)
            .Select(static entry => entry.Law.Name)
            .Order(StringComparer.Ordinal);

        var expected = lawIds.SelectMany(static id => new[] { $"{id} (float)", $"{id} (double)" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, failing);
    }

    [Fact]
    public void TheNaiveSoftplusOverflowsAtEightyNineInFloat()
    {
        var naive = NegativeControls.NaiveSoftplus.Implementation;

        var difference = Assert.IsType<LawFails>(new SoftplusDifferenceIsIdentity<float>().Check(naive, [89f]));
        var finite = Assert.IsType<LawFails>(new ActivationFiniteForFiniteInput<float>(ElementwiseActivation.Softplus).Check(naive, [88f, 89f]));

        Assert.Equal(double.PositiveInfinity, difference.Worst.Outputs.Single(static o => o.Label == "softplus(xᵢ)").Values[0]);
        Assert.Equal(1, finite.Worst.MeasuredError);
        Assert.Contains("the first at x = 89", finite.Worst.Where, StringComparison.Ordinal);
        Assert.IsType<LawHolds>(new SoftplusDifferenceIsIdentity<float>().Check(OurKernels.Implementation, [89f]));
    }

    /// <summary>For x = −40, 1 + e⁻⁴⁰ rounds to 1 in double: the naive softplus(−40) is 0, not e⁻⁴⁰ ≈ 4.2·10⁻¹⁸.</summary>
    [Fact]
    public void TheNaiveSoftplusLosesTheTailThatLogSigmoidKeeps()
    {
        var failure = Assert.IsType<LawFails>(new LogSigmoidEqualsNegativeSoftplus<double>().Check(NegativeControls.NaiveSoftplus.Implementation, [40.0]));

        Assert.Equal(0, failure.Worst.Outputs.Single(static o => o.Label == "−softplus(−xᵢ)").Values[0]);
        Assert.Equal(-Math.Exp(-40), failure.Worst.Outputs.Single(static o => o.Label == "log σ(xᵢ)").Values[0], Math.Exp(-40) * 1e-14);
        Assert.IsType<LawHolds>(new LogSigmoidEqualsNegativeSoftplus<double>().Check(OurKernels.Implementation, [40.0]));
    }

    [Fact]
    public void TheNaiveTanhIsNaNBeyondTheOverflowOfEToTheTwoX()
    {
        var naive = NegativeControls.NaiveTanh.Implementation;

        var odd = Assert.IsType<LawFails>(new TanhIsOdd<float>().Check(naive, [45f]));
        var rescaled = Assert.IsType<LawFails>(new TanhEqualsRescaledSigmoid<double>().Check(naive, [400.0]));

        Assert.True(double.IsNaN(odd.Worst.Outputs.Single(static o => o.Label == "tanh(xᵢ)").Values[0]));
        Assert.Equal(-1, odd.Worst.Outputs.Single(static o => o.Label == "tanh(−xᵢ)").Values[0]);
        Assert.Equal(1, rescaled.Worst.Outputs.Single(static o => o.Label == "2σ(2xᵢ) − 1").Values[0]);
        Assert.IsType<LawHolds>(new TanhIsOdd<float>().Check(OurKernels.Implementation, [45f]));
    }

    /// <summary>
    /// Near 0, e²ˣ − 1 keeps only the bits of e²ˣ beyond 1, rounded differently for x and −x: the naive tanh is not
    /// odd to the relative bound, while it still agrees with 2σ(2x) − 1 to the absolute bound that law must allow.
    /// </summary>
    [Fact]
    public void TheNaiveTanhCancelsNearZero()
    {
        var naive = NegativeControls.NaiveTanh.Implementation;

        var odd = Assert.IsType<LawFails>(new TanhIsOdd<double>().Check(naive, [1e-4]));

        Assert.InRange(odd.Worst.MeasuredError / odd.Worst.AllowedTolerance, 10, double.PositiveInfinity);
        Assert.IsType<LawHolds>(new TanhEqualsRescaledSigmoid<double>().Check(naive, [1e-4]));
        Assert.Equal(0, Assert.IsType<LawHolds>(new TanhIsOdd<double>().Check(OurKernels.Implementation, [1e-4])).WorstErrorToToleranceRatio);
    }

    [Fact]
    public void TheLogOfSigmoidIsMinusInfinityOnceSigmoidUnderflows()
    {
        var logOfSigmoid = NegativeControls.LogOfSigmoid.Implementation;

        var equals = Assert.IsType<LawFails>(new LogSigmoidEqualsNegativeSoftplus<float>().Check(logOfSigmoid, [-200f]));
        var finite = Assert.IsType<LawFails>(new ActivationFiniteForFiniteInput<double>(ElementwiseActivation.LogSigmoid).Check(logOfSigmoid, [-700.0, -800.0]));

        Assert.Equal(double.NegativeInfinity, equals.Worst.Outputs.Single(static o => o.Label == "log σ(xᵢ)").Values[0]);
        Assert.Equal(-200, equals.Worst.Outputs.Single(static o => o.Label == "−softplus(−xᵢ)").Values[0]);
        Assert.Equal(1, finite.Worst.MeasuredError);
        Assert.IsType<LawHolds>(new LogSigmoidEqualsNegativeSoftplus<float>().Check(OurKernels.Implementation, [-200f]));
    }

    [Fact]
    public void TheUnguardedSiluIsNaNForLargeArguments()
    {
        var failure = Assert.IsType<LawFails>(new SiluEqualsInputTimesSigmoid<float>().Check(NegativeControls.UnguardedSilu.Implementation, [100f]));

        Assert.True(double.IsNaN(failure.Worst.Outputs.Single(static o => o.Label == "SiLU(xᵢ)").Values[0]));
        Assert.Equal(100, failure.Worst.Outputs.Single(static o => o.Label == "xᵢ·σ(xᵢ)").Values[0]);
        Assert.IsType<LawHolds>(new SiluEqualsInputTimesSigmoid<float>().Check(OurKernels.Implementation, [100f]));
    }

    [Fact]
    public void TheSiluWithTheWrongSignIsFiniteButNotXTimesSigmoid()
    {
        var wrongSign = NegativeControls.SiluWithWrongSign.Implementation;

        var failure = Assert.IsType<LawFails>(new SiluEqualsInputTimesSigmoid<double>().Check(wrongSign, [1.0]));

        Assert.Equal(1 / (1 + Math.E), failure.Worst.Outputs.Single(static o => o.Label == "SiLU(xᵢ)").Values[0], 1e-15);
        Assert.Equal(1 / (1 + Math.Exp(-1)), failure.Worst.Outputs.Single(static o => o.Label == "xᵢ·σ(xᵢ)").Values[0], 1e-15);
        Assert.IsType<LawHolds>(new ActivationFiniteForFiniteInput<double>(ElementwiseActivation.Silu).Check(wrongSign, [1.0, 1e300, -1e300]));
    }

    /// <summary>
    /// Found by tanh-is-odd in the audit: <c>TensorPrimitives.Tanh</c> (System.Numerics.Tensors 11.0.0) in double is
    /// not accurate near 0 in its vector path: 2.8·10⁻⁸ relative error at x = 10⁻⁹ (over 10⁸ ulp), 10⁻¹⁰ at
    /// 3.5·10⁻⁷, measured; and the error depends on the other lanes of the vector (which neighbours share one depends
    /// on the array's alignment), so tanh(x) and −tanh(−x) differ in about the tenth digit in a few rows in a hundred.
    /// A single element goes to the scalar Math.Tanh and is accurate. Its float tanh holds the law.
    /// </summary>
    [Fact]
    public void TensorPrimitivesTanhInDoubleLosesRelativeAccuracyNearZero()
    {
        var tensorPrimitives = NegativeControls.TensorPrimitives.Implementation;
        var sampling = new LawSampling(Cases: 1000, Seed: 1);
        var vector = Enumerable.Repeat(1e-9, 8).ToArray();

        var failure = Assert.IsType<LawFails>(new TanhIsOdd<double>().CheckGenerated(tensorPrimitives, sampling));
        tensorPrimitives.DoublePrecision.Tanh!(vector, vector);

        var x = failure.Worst.Inputs.Single(static o => o.Label == "xᵢ").Values[0];
        var tanh = failure.Worst.Outputs.Single(static o => o.Label == "tanh(xᵢ)").Values[0];
        Assert.InRange(Math.Abs(x), 1e-14, 1e-2);
        Assert.InRange(Math.Abs(tanh - Math.Tanh(x)) / Math.Abs(Math.Tanh(x)), 1e-13, 1e-3);
        Assert.InRange(Math.Abs(vector[0] - Math.Tanh(1e-9)) / Math.Tanh(1e-9), 1e-9, 1e-7);
        Assert.IsType<LawHolds>(new TanhIsOdd<double>().Check(tensorPrimitives, [x]));
        Assert.IsType<LawHolds>(new TanhIsOdd<float>().CheckGenerated(tensorPrimitives, sampling));
        Assert.IsType<LawHolds>(new TanhIsOdd<double>().CheckGenerated(OurKernels.Implementation, sampling));
    }
}

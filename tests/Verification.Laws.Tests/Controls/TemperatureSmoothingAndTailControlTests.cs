using Verification.Laws.Controls;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;
using Verification.Laws.Results;

namespace Verification.Laws.Tests.Controls;

/// <summary>
/// The controls of issues 11 and 13 on the inputs that expose their defects, with the numbers the counterexample
/// shows; our kernels hold on the same inputs. (Which laws each control fails on generated inputs is asserted in
/// <see cref="ActivationFamilyControlTests"/>.)
/// </summary>
public class TemperatureSmoothingAndTailControlTests
{
    /// <summary>TensorPrimitives.Sigmoid is 1/(1 + e⁻ˣ) as written: e⁻ˣ overflows and σ(x) = 0 from x ≈ −88.72 (float).</summary>
    [Fact]
    public void TensorPrimitivesSigmoidLosesTheSubnormalTailInFloat()
    {
        var failure = Assert.IsType<LawFails>(new SigmoidMatchesReference<float>().Check(NegativeControls.TensorPrimitives.Implementation, [-89f]));

        Assert.Equal(0, failure.Worst.Outputs.Single(static o => o.Label == "σ(xᵢ) (kernel)").Values[0]);
        Assert.Equal(Math.Exp(-89), failure.Worst.Outputs.Single(static o => o.Label == "σ(xᵢ) (reference)").Values[0], Math.Exp(-89) * 1e-15);
        Assert.IsType<LawHolds>(new SigmoidMatchesReference<float>().Check(OurKernels.Implementation, [-89f, -100f, -103f, 17f, 88f]));
    }

    [Fact]
    public void TensorPrimitivesSigmoidLosesTheSubnormalTailInDouble()
    {
        var failure = Assert.IsType<LawFails>(new SigmoidMatchesReference<double>().Check(NegativeControls.TensorPrimitives.Implementation, [-720.0]));

        Assert.Equal(0, failure.Worst.Outputs.Single(static o => o.Label == "σ(xᵢ) (kernel)").Values[0]);
        Assert.IsType<LawHolds>(new SigmoidMatchesReference<double>().Check(OurKernels.Implementation, [-720.0, -744.0, -40.0, 40.0, 709.0]));
    }

    /// <summary>At x = −20, tanh(−10) rounds to −1 in float: ½(1 + tanh(x/2)) = 0 where σ(−20) ≈ 2.06·10⁻⁹.</summary>
    [Fact]
    public void TheTanhBasedSigmoidIsZeroAtMinusTwenty()
    {
        var failure = Assert.IsType<LawFails>(new SigmoidMatchesReference<float>().Check(NegativeControls.TanhBasedSigmoid.Implementation, [-20f]));

        Assert.Equal(0, failure.Worst.Outputs.Single(static o => o.Label == "σ(xᵢ) (kernel)").Values[0]);
        Assert.Equal(1 / (1 + Math.Exp(20)), failure.Worst.MeasuredError, 1e-22);
        Assert.IsType<LawHolds>(new SigmoidMatchesReference<float>().Check(OurKernels.Implementation, [-20f]));
    }

    /// <summary>log σ(100) ≈ −3.7·10⁻⁴⁴ is subnormal in float; log(σ(100)) = log(1) = 0.</summary>
    [Fact]
    public void TheLogOfSigmoidIsZeroWhereLogSigmoidIsSubnormal()
    {
        var failure = Assert.IsType<LawFails>(new LogSigmoidMatchesReference<float>().Check(NegativeControls.LogOfSigmoid.Implementation, [100f]));

        Assert.Equal(0, failure.Worst.Outputs.Single(static o => o.Label == "log σ(xᵢ) (kernel)").Values[0]);
        Assert.Equal(-Math.Exp(-100), failure.Worst.Outputs.Single(static o => o.Label == "log σ(xᵢ) (reference)").Values[0], Math.Exp(-100) * 1e-14);
        Assert.IsType<LawHolds>(new LogSigmoidMatchesReference<float>().Check(OurKernels.Implementation, [100f, -200f, 87f]));
    }

    /// <summary>
    /// With T = 0.1, x·T turns [0, 1] into [0, 0.1] where x/T gives [0, 10]: entry 0 is 0.475 instead of 4.5·10⁻⁵,
    /// the largest relative miss of the five temperatures.
    /// </summary>
    [Fact]
    public void TheTemperatureAsMultiplierIsCaughtAtATenthOfATemperature()
    {
        var law = new SoftmaxWithTemperatureEqualsSoftmaxOfScaledLogits<double>();

        var failure = Assert.IsType<LawFails>(law.Check(NegativeControls.TemperatureAsMultiplier.Implementation, [0.0, 1.0]));

        Assert.Equal("entry 0, T = 0.1", failure.Worst.Where);
        Assert.Equal(1 / (1 + Math.Exp(0.1)), failure.Worst.Outputs[0].Values[0], 1e-15);
        Assert.Equal(1 / (1 + Math.Exp(10)), failure.Worst.Outputs[1].Values[0], 1e-15);
        Assert.IsType<LawHolds>(law.Check(OurKernels.Implementation, [0.0, 1.0]));
        Assert.IsType<LawHolds>(new LogSoftmaxWithTemperatureEqualsLogSoftmaxOfScaledLogits<double>().Check(OurKernels.Implementation, [0.0, 1.0]));
    }

    /// <summary>(1 − ε)y + ε on n = 2 classes sums to 1 + ε: 2 at ε = 1.</summary>
    [Fact]
    public void SmoothingWithoutTheClassCountDoesNotSumToOne()
    {
        var input = new LogitsWithTarget<float>([0, 0], [0.5f, 0.5f]);

        var failure = Assert.IsType<LawFails>(new SmoothedLabelsSumToOne<float>().Check(NegativeControls.SmoothingWithoutClassCount.Implementation, input));
        var gradient = Assert.IsType<LawFails>(
            new SmoothedCrossEntropyGradientEqualsSoftmaxMinusSmoothedTarget<float>().Check(NegativeControls.SmoothingWithoutClassCount.Implementation, input));

        Assert.EndsWith("ε = 1", failure.Worst.Where, StringComparison.Ordinal);
        Assert.Equal(2, failure.Worst.Outputs.Single(static o => o.Label == "Σ y′ (kernel)").Values[0]);
        Assert.Equal([-0.5, -0.5], gradient.Worst.Outputs[0].Values);
        Assert.IsType<LawHolds>(new SmoothedLabelsSumToOne<float>().Check(OurKernels.Implementation, input));
        Assert.IsType<LawHolds>(new SmoothedCrossEntropyGradientEqualsSoftmaxMinusSmoothedTarget<float>().Check(OurKernels.Implementation, input));
    }
}

using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class BinaryCrossEntropyTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // ℓ(0, y) = ln 2 for any y; ℓ(ln 3, 1) = −log ¾; ℓ(±1000, wrong) = 1000 (no overflow, no ∞);
        // ℓ(50, 1) = log1p(e^(−50)) = 1.9287498479639178e-22.
        var losses = new T[6];
        StablePrimitives.BinaryCrossEntropy(Array<T>(0, 0, Math.Log(3), 1000, -1000, 50), Array<T>(1, 0.3, 1, 0, 1, 1), losses);
        Tolerance.Epsilons(8).AssertClose(Math.Log(2), losses[0]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(2), losses[1]);
        Tolerance.Epsilons(8).AssertClose(-Math.Log(0.75), losses[2]);
        Assert.Equal(Of<T>(1000), losses[3]);
        Assert.Equal(Of<T>(1000), losses[4]);
        Tolerance.Epsilons(4).AssertClose(1.9287498479639178e-22, losses[5]);
    }

    [Fact]
    public void GradientIsSigmoidMinusTargetAndKeepsTinyValues()
    {
        var gradient = new T[3];
        StablePrimitives.BinaryCrossEntropyGradient(Array<T>(0, Math.Log(3), 50), Array<T>(1, 0, 1), gradient);
        Assert.Equal(Of<T>(-0.5), gradient[0]);
        Tolerance.Epsilons(8).AssertClose(0.75, gradient[1]);

        // σ(50) − 1 = −σ(−50) = −1.9287498479639178e-22, not the 0 of a cancelling subtraction.
        Tolerance.Epsilons(4).AssertClose(-1.9287498479639178e-22, gradient[2]);
    }

    [Fact]
    public void AgreesWithTwoClassCrossEntropyOfLogitsZAndZero()
    {
        // softmax(z, 0)₀ = σ(z): binary cross-entropy with target 1 is cross-entropy with class 0.
        foreach (var z in new[] { -30.0, -2.5, 0.0, 0.7, 12.0 })
        {
            var binary = new T[1];
            StablePrimitives.BinaryCrossEntropy(Array<T>(z), Array<T>(1), binary);
            Tolerance.Epsilons(8).AssertClose(double.CreateTruncating(StablePrimitives.CrossEntropy<T>(Array<T>(z, 0), 0)), binary[0]);
        }
    }

    [Fact]
    public void MeanAndItsGradientAgreeWithFiniteDifferences()
    {
        var z = new[] { -3.0, 0.5, 2.0, -0.25 };
        var y = new[] { 0.0, 1.0, 0.25, 1.0 };
        var expected = new NumericalJacobian().Evaluate(point => StablePrimitives.BinaryCrossEntropyMean<double>(point, y), z);
        var gradient = new T[4];
        StablePrimitives.BinaryCrossEntropyMeanGradient(Array<T>(z), Array<T>(y), gradient);
        for (var i = 0; i < z.Length; i++)
        {
            Assert.Equal(expected[i], double.CreateTruncating(gradient[i]), typeof(T) == typeof(float) ? 1e-6 : 1e-9);
        }

        var losses = new T[4];
        StablePrimitives.BinaryCrossEntropy(Array<T>(z), Array<T>(y), losses);
        Tolerance.Epsilons(4).AssertClose(losses.Average(double.CreateTruncating), StablePrimitives.BinaryCrossEntropyMean<T>(Array<T>(z), Array<T>(y)));
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.BinaryCrossEntropyMean<T>(Array<T>(0, 1), Array<T>(0, 2)));
        Assert.Equal("targets", outOfRange.ParamName);
        Assert.Contains("index 1", outOfRange.Message, StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.BinaryCrossEntropyMean<T>(Array<T>(0, 1), Array<T>(0)));
        Assert.Equal("targets", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.BinaryCrossEntropy(ReadOnlySpan<T>.Empty, ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("logits", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.BinaryCrossEntropyGradient(new T[2], new T[2], new T[1]));
        Assert.Equal("destination", error.ParamName);
    }
}

public sealed class BinaryCrossEntropySingleTests : BinaryCrossEntropyTests<float>;

public sealed class BinaryCrossEntropyDoubleTests : BinaryCrossEntropyTests<double>;

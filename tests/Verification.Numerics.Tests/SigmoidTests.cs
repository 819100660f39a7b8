using System.Numerics;
using System.Numerics.Tensors;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class SigmoidTests<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The documented bound: 4 ulp everywhere, subnormal results included.</summary>
    private const double UlpBound = 4;

    [Fact]
    public void MatchesHandComputedValues()
    {
        // σ(0) = ½; σ(ln 3) = 1/(1 + 1/3) = ¾; σ(−ln 3) = ¼; σ(x) + σ(−x) = 1.
        var destination = new T[4];
        StablePrimitives.Sigmoid(Array<T>(0, Math.Log(3), -Math.Log(3), 40), destination);
        Assert.Equal(Of<T>(0.5), destination[0]);
        Tolerance.Epsilons(8).AssertClose(0.75, destination[1]);
        Tolerance.Epsilons(8).AssertClose(0.25, destination[2]);
        Assert.Equal(T.One, destination[3]);
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void EveryLengthMatchesTheReference(int length)
    {
        var random = new Random(length);
        var x = new T[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = Of<T>((random.NextDouble() * 40) - 20);
        }

        var destination = new T[length];
        StablePrimitives.Sigmoid(x, destination);
        Accuracy.AssertUlpBound<T>(x, destination, ExactMath.Sigmoid, UlpBound, "sigmoid");
    }

    [Fact]
    public void SweepIsWithinFourUlpIncludingSubnormalResults()
    {
        var isSingle = typeof(T) == typeof(float);
        var (low, high) = isSingle ? (-110.0, 20.0) : (-760.0, 40.0);
        var x = new T[60_013];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Of<T>(low + ((high - low) * i / (x.Length - 1)));
        }

        var destination = new T[x.Length];
        StablePrimitives.Sigmoid(x, destination);
        var measured = Accuracy.AssertUlpBound<T>(x, destination, ExactMath.Sigmoid, UlpBound, "sigmoid");
        Accuracy.Report("sigmoid", measured);

        // The tail really is subnormal and non-zero where the exact value is.
        var deepTail = Of<T>(isSingle ? -100 : -740);
        StablePrimitives.Sigmoid([deepTail], destination);
        Assert.True(T.IsSubnormal(destination[0]), $"σ({deepTail}) = {destination[0]} should be subnormal");
    }

    [Fact]
    public void IsAccurateWhereTensorPrimitivesFlushesToZero()
    {
        // For float, TensorPrimitives.Sigmoid computes 1/(1 + e^(−x)) and e^(−x) overflows below −88.7.
        var x = Array<T>(-89, -95, -100, -103);
        var ours = new T[x.Length];
        var theirs = new T[x.Length];
        StablePrimitives.Sigmoid(x, ours);
        TensorPrimitives.Sigmoid<T>(x, theirs);
        Accuracy.AssertUlpBound<T>(x, ours, ExactMath.Sigmoid, UlpBound, "sigmoid");
        Assert.All(ours, value => Assert.True(value > T.Zero));
    }

    [Fact]
    public void SpecialValuesAndInPlace()
    {
        var x = Array<T>(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0);
        StablePrimitives.Sigmoid(x, x);
        Assert.True(T.IsNaN(x[0]));
        Assert.Equal(T.One, x[1]);
        Assert.Equal(T.Zero, x[2]);
        Assert.Equal(Of<T>(0.5), x[3]);
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.Sigmoid(ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.Sigmoid(new T[5], new T[4]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("too short", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SigmoidSingleTests : SigmoidTests<float>;

public sealed class SigmoidDoubleTests : SigmoidTests<double>
{
    [Fact]
    public void MathNetOverloadAgreesWithTheSpanKernel()
    {
        var vector = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray([0, Math.Log(3)]);
        var result = StablePrimitives.Sigmoid(vector);
        Assert.Equal(0.5, result[0]);
        Tolerance.Epsilons(8).AssertClose(0.75, result[1]);
    }

    [Fact]
    public void MathNetOverloadRejectsANullOrEmptyVectorByItsName()
    {
        var missing = Assert.Throws<ArgumentNullException>(() => StablePrimitives.Sigmoid((MathNet.Numerics.LinearAlgebra.Vector<double>)null!));
        Assert.Equal("x", missing.ParamName);

        var empty = Assert.Throws<ArgumentException>(() => StablePrimitives.Sigmoid(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(0)));
        Assert.Equal("x", empty.ParamName);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
    }
}

using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class LogSoftmaxTests<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The c of the documented bound (c + |xᵢ − m|) ulp.</summary>
    internal const double BoundConstant = 3;

    [Fact]
    public void MatchesHandComputedValues()
    {
        // log softmax(0, ln 3) = (−ln 4, ln 3 − ln 4) = (−ln 4, ln ¾).
        var destination = new T[2];
        StablePrimitives.LogSoftmax(Array<T>(0, Math.Log(3)), destination);
        Tolerance.Epsilons(8).AssertClose(-Math.Log(4), destination[0]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(0.75), destination[1]);
    }

    [Fact]
    public void KeepsTheTinyLossOfADominantEntry()
    {
        // log softmax(0, −50)₀ = −log(1 + e^(−50)) = −1.9287498479639178e-22 (to 17 digits), which
        // log(fl(1 + e^(−50))) would round to 0; the other entry is −50 − that, i.e. −50 to working precision.
        var destination = new T[2];
        StablePrimitives.LogSoftmax(Array<T>(0, -50), destination);
        Tolerance.Epsilons(4).AssertClose(-1.9287498479639178e-22, destination[0]);
        Tolerance.Epsilons(1).AssertClose(-50, destination[1]);
    }

    [Fact]
    public void NeverGivesMinusInfinityForFiniteLogits()
    {
        // softmax underflows to 0 here, so log(softmax) would be −∞; the exact values are −2000 and −2·10⁴.
        var destination = new T[3];
        StablePrimitives.LogSoftmax(Array<T>(1000, -1000, -19000), destination);
        Assert.Equal(T.Zero, destination[0]);
        Assert.Equal(Of<T>(-2000), destination[1]);
        Assert.Equal(Of<T>(-20000), destination[2]);
    }

    [Fact]
    public void RemainderOfManyTinyTermsKeepsItsRelativeAccuracy()
    {
        // log softmax of the maximum is −log1p(Σ′) ≈ −Σ′ with Σ′ a sum of 8191 terms far below ε
        // (subnormal in part): its accuracy is that of the summation itself, with no 1 to hide behind.
        var (low, high) = typeof(T) == typeof(float) ? (-95.0, -80.0) : (-725.0, -700.0);
        var random = new Random(17);
        var x = new T[8192];
        for (var i = 1; i < x.Length; i++)
        {
            x[i] = Of<T>(low + ((high - low) * random.NextDouble()));
        }

        var destination = new T[x.Length];
        StablePrimitives.LogSoftmax(x, destination);
        var exact = ExactMath.LogSoftmax(Widen<T>(x));
        Assert.True(Ulps.Error(destination[0], exact[0]) <= BoundConstant, $"log softmax of the maximum: {Ulps.Error(destination[0], exact[0])} ulp");
        Assert.True(Ulps.Error(StablePrimitives.LogSumExp<T>(x), ExactMath.LogSumExp(Widen<T>(x))) <= BoundConstant);
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void EveryLengthMatchesTheReference(int length)
    {
        var random = new Random(length + 100);
        var x = new T[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = Of<T>((random.NextDouble() * 20) - 10);
        }

        var destination = new T[length];
        StablePrimitives.LogSoftmax(x, destination);
        Accuracy.AssertShiftedBound<T>(x, destination, ExactMath.LogSoftmax(Widen<T>(x)), BoundConstant, "log-softmax");
    }

    [Fact]
    public void SweepOfExtremeRowsStaysWithinTheBound()
    {
        var measured = 0.0;
        foreach (var x in TestRows<T>.All())
        {
            var destination = new T[x.Length];
            StablePrimitives.LogSoftmax(x, destination);
            // Never NaN; −∞ only for a −∞ logit or where the exact value is beyond the format (float
            // logits ±3·10³⁸ differ by 6·10³⁸): the bound below fails on any other infinity.
            Assert.All(destination, value => Assert.False(T.IsNaN(value)));
            measured = Math.Max(measured, Accuracy.AssertShiftedBound<T>(x, destination, ExactMath.LogSoftmax(Widen<T>(x)), BoundConstant, "log-softmax"));
        }

        Accuracy.Report("log-softmax c", measured);
    }

    [Fact]
    public void BatchEqualsRowByRowAndInPlace()
    {
        const int RowWidth = 33;
        var random = new Random(4);
        var batch = new T[4 * RowWidth];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = Of<T>((random.NextDouble() * 200) - 100);
        }

        var expected = new T[batch.Length];
        for (var row = 0; row < 4; row++)
        {
            StablePrimitives.LogSoftmax(batch.AsSpan(row * RowWidth, RowWidth), expected.AsSpan(row * RowWidth, RowWidth));
        }

        StablePrimitives.LogSoftmax(batch, batch, RowWidth);
        Assert.Equal(expected, batch);
    }

    [Fact]
    public void SpecialValuesFollowIeeeSemantics()
    {
        var destination = new T[3];
        StablePrimitives.LogSoftmax(Array<T>(double.NegativeInfinity, 0, double.NegativeInfinity), destination);
        Assert.Equal(Array<T>(double.NegativeInfinity, 0, double.NegativeInfinity), destination);

        StablePrimitives.LogSoftmax(Array<T>(0, double.NaN, 0), destination);
        Assert.All(destination, value => Assert.True(T.IsNaN(value)));

        StablePrimitives.LogSoftmax(Array<T>(0, double.PositiveInfinity, 0), destination);
        Assert.All(destination, value => Assert.True(T.IsNaN(value)));
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSoftmax(ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSoftmax(new T[10], new T[10], 4));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("not divisible", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSoftmax(new T[8], new T[7], 4));
        Assert.Equal("destination", error.ParamName);
    }
}

public sealed class LogSoftmaxSingleTests : LogSoftmaxTests<float>;

public sealed class LogSoftmaxDoubleTests : LogSoftmaxTests<double>
{
    [Fact]
    public void MathNetOverloadsAgreeWithTheSpanKernel()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, Math.Log(3) }, { 7, 7 } });
        var result = StablePrimitives.LogSoftmax(matrix);
        Tolerance.Epsilons(8).AssertClose(-Math.Log(4), result[0, 0]);
        Tolerance.Epsilons(8).AssertClose(-Math.Log(2), result[1, 1]);
        Assert.Equal(result.Row(0), StablePrimitives.LogSoftmax(matrix.Row(0)));
    }
}

using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class LogSumExpTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // log(2 + 3) = ln 5; log(4·e^1000) = 1000 + ln 4 (no overflow); log(e^(−1000)) = −1000 (no underflow).
        Tolerance.Epsilons(8).AssertClose(Math.Log(5), StablePrimitives.LogSumExp<T>(Array<T>(Math.Log(2), Math.Log(3))));
        Tolerance.Epsilons(8).AssertClose(1000 + Math.Log(4), StablePrimitives.LogSumExp<T>(Array<T>(1000, 1000, 1000, 1000)));
        Assert.Equal(Of<T>(-1000), StablePrimitives.LogSumExp<T>(Array<T>(-1000)));
        Tolerance.Epsilons(4).AssertClose(1.9287498479639178e-22, StablePrimitives.LogSumExp<T>(Array<T>(0, -50)));
    }

    [Fact]
    public void SweepIsWithinThreeUlpOfTheTermMagnitudes()
    {
        // Documented: error ≤ 3 ulp of |m| + log1p(Σ′); measured against the double-double reference.
        var measured = 0.0;
        foreach (var x in TestRows<T>.All())
        {
            var computed = StablePrimitives.LogSumExp<T>(x);
            var widened = Widen<T>(x);
            var exact = ExactMath.LogSumExp(widened);
            var maximum = widened.Max();

            // With m = 0 the result is log1p(Σ′) itself, possibly subnormal: plain ulps of it.
            var magnitude = Math.Abs(maximum) + Math.Abs(exact.ToDouble() - maximum);
            var error = maximum == 0
                ? Ulps.Error(computed, exact)
                : Math.Abs((exact.ToDoubleDouble() - double.CreateTruncating(computed)).Hi) / (magnitude * FloatingPoint.MachineEpsilon<T>() / 2);
            Assert.True(error <= 3, $"logsumexp error {error} ulp of the term magnitude {magnitude} (max {maximum})");
            measured = Math.Max(measured, error);
        }

        Accuracy.Report("logsumexp", measured);
    }

    [Fact]
    public void BatchWritesOneValuePerRow()
    {
        var batch = Array<T>(Math.Log(2), Math.Log(3), 0, 0, -1000, -1000);
        var destination = new T[3];
        StablePrimitives.LogSumExp(batch, destination, 2);
        Tolerance.Epsilons(8).AssertClose(Math.Log(5), destination[0]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(2), destination[1]);
        Tolerance.Epsilons(8).AssertClose(-1000 + Math.Log(2), destination[2]);

        // In place: each result lands in a row that has already been read.
        StablePrimitives.LogSumExp(batch, batch, 2);
        Assert.Equal(destination, batch[..3]);
    }

    [Fact]
    public void InfiniteMaximaGiveTheExactLimits()
    {
        Assert.Equal(T.PositiveInfinity, StablePrimitives.LogSumExp<T>(Array<T>(0, double.PositiveInfinity)));
        Assert.Equal(T.NegativeInfinity, StablePrimitives.LogSumExp<T>(Array<T>(double.NegativeInfinity, double.NegativeInfinity)));
        Assert.True(T.IsNaN(StablePrimitives.LogSumExp<T>(Array<T>(0, double.NaN))));
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSumExp(ReadOnlySpan<T>.Empty));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSumExp(new T[6], new T[2], 2));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("3 elements are required", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSumExp(new T[7], new T[7], 2));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("not divisible", error.Message, StringComparison.Ordinal);
    }
}

public sealed class LogSumExpSingleTests : LogSumExpTests<float>;

public sealed class LogSumExpDoubleTests : LogSumExpTests<double>
{
    [Fact]
    public void MathNetOverloadsAgreeWithTheSpanKernel()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new double[,] { { Math.Log(2), Math.Log(3) }, { 1e4, 1e4 } });
        var rows = StablePrimitives.LogSumExp(matrix);
        Tolerance.Epsilons(8).AssertClose(Math.Log(5), rows[0]);
        Tolerance.Epsilons(8).AssertClose(1e4 + Math.Log(2), rows[1]);
        Assert.Equal(rows[0], StablePrimitives.LogSumExp(matrix.Row(0)));
    }
}

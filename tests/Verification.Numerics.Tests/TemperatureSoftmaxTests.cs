using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>softmax(x/T) and log softmax(x/T): accuracy, the temperature laws, bad temperatures.</summary>
public abstract class TemperatureSoftmaxTests<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The c of the documented bound (c + 2·|xᵢ − m|/T) ulp.</summary>
    internal const double BoundConstant = 3;

    [Fact]
    public void MatchesHandComputedValues()
    {
        // softmax((0, 2 ln 3)/2) = softmax(0, ln 3) = (¼, ¾); at T = ½, softmax(0, 2 ln 3) = (1/10, 9/10).
        var destination = new T[2];
        StablePrimitives.SoftmaxWithTemperature(Array<T>(0, 2 * Math.Log(3)), destination, Of<T>(2));
        Tolerance.Epsilons(8).AssertClose(0.25, destination[0]);
        Tolerance.Epsilons(8).AssertClose(0.75, destination[1]);

        StablePrimitives.SoftmaxWithTemperature(Array<T>(0, Math.Log(3)), destination, Of<T>(0.5));
        Tolerance.Epsilons(8).AssertClose(0.1, destination[0]);
        Tolerance.Epsilons(8).AssertClose(0.9, destination[1]);

        StablePrimitives.LogSoftmaxWithTemperature(Array<T>(0, 2 * Math.Log(3)), destination, Of<T>(2));
        Tolerance.Epsilons(8).AssertClose(-Math.Log(4), destination[0]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(0.75), destination[1]);
    }

    [Fact]
    public void HugeLogitsAndTinyTemperaturesNeitherOverflowNorLoseTheAnswer()
    {
        // x/T first would be ±10⁷ here (and ∞ in float for 10³⁶): (x − m)/T is −2·10⁷ or 0.
        var destination = new T[3];
        StablePrimitives.SoftmaxWithTemperature(Array<T>(1e4, -1e4, 1e4), destination, Of<T>(1e-3));
        Assert.Equal(Array<T>(0.5, 0, 0.5), destination);

        StablePrimitives.SoftmaxWithTemperature(Array<T>(1e36, 1e36, -1e36), destination, Of<T>(1e-3));
        Assert.Equal(Array<T>(0.5, 0.5, 0), destination);

        // log softmax(x/T) = (−ln 2, −2·10⁷ − ln 2, −ln 2) up to the rounding of T = 10⁻³ itself.
        StablePrimitives.LogSoftmaxWithTemperature(Array<T>(1e4, -1e4, 1e4), destination, Of<T>(1e-3));
        Tolerance.Epsilons(4).AssertClose(-Math.Log(2), destination[0]);
        Tolerance.Epsilons(2).AssertClose(-2e4 / double.CreateTruncating(Of<T>(1e-3)) - Math.Log(2), destination[1]);

        // Float logits ±3·10³⁸ are 6·10³⁸ apart, beyond the format, but (x − m)/T is not for T = 4.
        StablePrimitives.LogSoftmaxWithTemperature(Array<T>(3e38, -3e38, 3e38), destination, Of<T>(4));
        Tolerance.Epsilons(4).AssertClose(-Math.Log(2), destination[0]);
        Tolerance.Epsilons(2).AssertClose((-6e38 / 4) - Math.Log(2), destination[1]);
    }

    [Fact]
    public void SweepOfTemperaturesAndExtremeRowsStaysWithinTheBound()
    {
        (double Excess, double NearMaximum) softmax = (0, 0), logSoftmax = (0, 0);
        foreach (var temperature in TemperedRows<T>.Temperatures)
        {
            var t = double.CreateTruncating(Of<T>(temperature));
            foreach (var x in TemperedRows<T>.All())
            {
                var destination = new T[x.Length];
                StablePrimitives.SoftmaxWithTemperature(x, destination, Of<T>(temperature));
                Assert.All(destination, p => Assert.True(T.IsFinite(p), "softmax(x/T) of finite logits must be finite"));
                softmax = Worst(softmax, TemperedRows<T>.AssertBound(
                    x, t, destination, ExactTemperedSoftmax.Softmax(Widen<T>(x), t), BoundConstant, "softmax(x/T)"));
                var sum = destination.Aggregate(0.0, (total, p) => total + double.CreateTruncating(p));
                Assert.Equal(1.0, sum, 4 * x.Length * FloatingPoint.MachineEpsilon<T>());

                StablePrimitives.LogSoftmaxWithTemperature(x, destination, Of<T>(temperature));
                // Never NaN; −∞ only for a −∞ logit or an exact value beyond the format (the bound fails on any other).
                Assert.All(destination, value => Assert.False(T.IsNaN(value)));
                logSoftmax = Worst(logSoftmax, TemperedRows<T>.AssertBound(
                    x, t, destination, ExactTemperedSoftmax.LogSoftmax(Widen<T>(x), t), BoundConstant, "log softmax(x/T)"));
            }
        }

        Accuracy.Report($"softmax(x/T) {typeof(T).Name} c", softmax.Excess);
        Accuracy.Report($"softmax(x/T) {typeof(T).Name} error where |x − m|/T ≤ 1", softmax.NearMaximum);
        Accuracy.Report($"log softmax(x/T) {typeof(T).Name} c", logSoftmax.Excess);
        Accuracy.Report($"log softmax(x/T) {typeof(T).Name} error where |x − m|/T ≤ 1", logSoftmax.NearMaximum);

        static (double, double) Worst((double Excess, double NearMaximum) left, (double Excess, double NearMaximum) right) =>
            (Math.Max(left.Excess, right.Excess), Math.Max(left.NearMaximum, right.NearMaximum));
    }

    [Fact]
    public void SpreadsBeyondTheFormatKeepTheNormaliserExact()
    {
        // x − m overflows (6·10³⁸ in float, 3·10³⁰⁸ in double) but (x − m)/T ≈ −40..−60 does not, and the
        // maximum's log-probability −log1p(Σ′) ≈ −e⁻⁴⁰ needs those terms to relative accuracy.
        var huge = (typeof(T) == typeof(float) ? float.MaxValue : double.MaxValue) * 0.9;
        foreach (var (x, temperature) in
            from row in new[] { Array<T>(huge, -huge), Array<T>(-0.6 * huge, 0.2 * huge, huge, -0.9 * huge) }
            from temperature in new[] { huge / 20, huge / 25, huge / 30 }
            select (row, temperature))
        {
            var t = Of<T>(temperature);
            var destination = new T[x.Length];
            StablePrimitives.LogSoftmaxWithTemperature(x, destination, t);
            TemperedRows<T>.AssertBound(x, double.CreateTruncating(t), destination, ExactTemperedSoftmax.LogSoftmax(Widen<T>(x), double.CreateTruncating(t)), BoundConstant, "log softmax(x/T)");
            StablePrimitives.SoftmaxWithTemperature(x, destination, t);
            TemperedRows<T>.AssertBound(x, double.CreateTruncating(t), destination, ExactTemperedSoftmax.Softmax(Widen<T>(x), double.CreateTruncating(t)), BoundConstant, "softmax(x/T)");
        }
    }

    [Fact]
    public void TemperatureOneIsThePlainKernelBitForBit()
    {
        foreach (var x in TemperedRows<T>.All().Append(Array<T>(1, double.NaN, 2)).Append(Array<T>(1, double.PositiveInfinity, 2)))
        {
            var plain = new T[x.Length];
            var tempered = new T[x.Length];
            StablePrimitives.Softmax(x, plain);
            StablePrimitives.SoftmaxWithTemperature(x, tempered, T.One);
            Assert.Equal(Bits(plain), Bits(tempered));

            StablePrimitives.LogSoftmax(x, plain);
            StablePrimitives.LogSoftmaxWithTemperature(x, tempered, T.One);
            Assert.Equal(Bits(plain), Bits(tempered));
        }
    }

    [Fact]
    public void PowerOfTwoTemperatureIsThePlainKernelOfTheExactlyScaledLogits()
    {
        // For T = 2^k, x/T is exact (no overflow or underflow at these magnitudes) and
        // fl(xᵢ − m)/T = fl(xᵢ/T − m/T), so softmax(x, T) and softmax(x/T) are the same bits.
        var random = new Random(29);
        foreach (var exponent in new[] { -10, -3, -1, 1, 2, 7, 10 })
        {
            var temperature = T.ScaleB(T.One, exponent);
            foreach (var length in new[] { 1, 3, 8, 17, 33, 100, 1000 })
            {
                foreach (var scale in new[] { 1.0, 30, 1e4 })
                {
                    var x = new T[length];
                    for (var i = 0; i < length; i++)
                    {
                        x[i] = Of<T>(scale * ((2 * random.NextDouble()) - 1));
                    }

                    var scaled = x.Select(value => value / temperature).ToArray();
                    var expected = new T[length];
                    var actual = new T[length];
                    StablePrimitives.Softmax<T>(scaled, expected);
                    StablePrimitives.SoftmaxWithTemperature(x, actual, temperature);
                    Assert.Equal(Bits(expected), Bits(actual));
                }
            }
        }
    }

    [Fact]
    public void BatchEqualsRowByRowAndInPlace()
    {
        const int RowWidth = 33;
        var random = new Random(5);
        var batch = new T[4 * RowWidth];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = Of<T>((random.NextDouble() * 200) - 100);
        }

        var temperature = Of<T>(0.3);
        var expectedSoftmax = new T[batch.Length];
        var expectedLogSoftmax = new T[batch.Length];
        for (var row = 0; row < 4; row++)
        {
            StablePrimitives.SoftmaxWithTemperature(batch.AsSpan(row * RowWidth, RowWidth), expectedSoftmax.AsSpan(row * RowWidth, RowWidth), temperature);
            StablePrimitives.LogSoftmaxWithTemperature(batch.AsSpan(row * RowWidth, RowWidth), expectedLogSoftmax.AsSpan(row * RowWidth, RowWidth), temperature);
        }

        var inPlace = (T[])batch.Clone();
        StablePrimitives.SoftmaxWithTemperature(inPlace, inPlace, RowWidth, temperature);
        Assert.Equal(expectedSoftmax, inPlace);

        // In place the log-softmax works from a pooled copy of the logits: same bits as out of place.
        inPlace = (T[])batch.Clone();
        StablePrimitives.LogSoftmaxWithTemperature(inPlace, inPlace, RowWidth, temperature);
        Assert.Equal(expectedLogSoftmax, inPlace);
        inPlace = batch.AsSpan(0, RowWidth).ToArray();
        StablePrimitives.LogSoftmaxWithTemperature(inPlace, inPlace, temperature);
        Assert.Equal(expectedLogSoftmax.AsSpan(0, RowWidth).ToArray(), inPlace);
    }

    [Fact]
    public void SpecialValuesFollowIeeeSemantics()
    {
        var destination = new T[3];
        var temperature = Of<T>(0.25);
        StablePrimitives.SoftmaxWithTemperature(Array<T>(1, double.NaN, 2), destination, temperature);
        Assert.All(destination, p => Assert.True(T.IsNaN(p)));
        StablePrimitives.SoftmaxWithTemperature(Array<T>(1, double.PositiveInfinity, 2), destination, temperature);
        Assert.All(destination, p => Assert.True(T.IsNaN(p)));
        StablePrimitives.SoftmaxWithTemperature(Array<T>(double.NegativeInfinity, 0, double.NegativeInfinity), destination, temperature);
        Assert.Equal(Array<T>(0, 1, 0), destination);

        StablePrimitives.LogSoftmaxWithTemperature(Array<T>(double.NegativeInfinity, 0, double.NegativeInfinity), destination, temperature);
        Assert.Equal(Array<T>(double.NegativeInfinity, 0, double.NegativeInfinity), destination);
        StablePrimitives.LogSoftmaxWithTemperature(Array<T>(0, double.NaN, 0), destination, temperature);
        Assert.All(destination, value => Assert.True(T.IsNaN(value)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-300)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void BadTemperaturesNameTheArgumentAndTheFault(double temperature)
    {
        var x = Array<T>(1, 2, 3, 4);
        var bad = Of<T>(temperature);
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.SoftmaxWithTemperature(x, new T[4], bad)));
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.SoftmaxWithTemperature(x, new T[4], 2, bad)));
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.LogSoftmaxWithTemperature(x, new T[4], bad)));
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.LogSoftmaxWithTemperature(x, new T[4], 2, bad)));
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.SoftmaxWithTemperature(x, new T[4], -T.Abs(bad))));

        static void Check(ArgumentOutOfRangeException error)
        {
            Assert.Equal("temperature", error.ParamName);
            Assert.Contains("must be positive and finite", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShapeErrorsStillNameTheirArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxWithTemperature(ReadOnlySpan<T>.Empty, new T[1], T.One));
        Assert.Equal("x", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSoftmaxWithTemperature(new T[4], new T[3], Of<T>(2)));
        Assert.Equal("destination", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxWithTemperature(new T[10], new T[10], 4, Of<T>(2)));
        Assert.Equal("x", error.ParamName);
        var buffer = new T[5];
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSoftmaxWithTemperature(buffer.AsSpan(0, 4), buffer.AsSpan(1, 4), Of<T>(2)));
        Assert.Equal("destination", error.ParamName);
    }

    private static long[] Bits(T[] values) => values.Select(value => BitConverter.DoubleToInt64Bits(double.CreateTruncating(value))).ToArray();
}

public sealed class TemperatureSoftmaxSingleTests : TemperatureSoftmaxTests<float>;

public sealed class TemperatureSoftmaxDoubleTests : TemperatureSoftmaxTests<double>
{
    [Fact]
    public void MathNetOverloadsAgreeWithTheSpanKernel()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 2 * Math.Log(3) }, { 1e4, -1e4 } });
        var rows = StablePrimitives.SoftmaxWithTemperature(matrix, 2.0);
        Tolerance.Epsilons(8).AssertClose(0.25, rows[0, 0]);
        Assert.Equal(1.0, rows[1, 0]);
        Assert.Equal(rows.Row(0), StablePrimitives.SoftmaxWithTemperature(matrix.Row(0), 2.0));
        var logRows = StablePrimitives.LogSoftmaxWithTemperature(matrix, 2.0);
        Tolerance.Epsilons(8).AssertClose(-Math.Log(4), logRows[0, 0]);
        Assert.Equal(logRows.Row(1), StablePrimitives.LogSoftmaxWithTemperature(matrix.Row(1), 2.0));
        Assert.Throws<ArgumentNullException>(() => StablePrimitives.SoftmaxWithTemperature((Matrix<double>)null!, 2.0));
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.LogSoftmaxWithTemperature(matrix, 0.0)).ParamName);
    }

    [Fact]
    public void SpanKernelsDoNotAllocate()
    {
        var logits = Enumerable.Range(0, 1000).Select(i => Math.Sin(i) * 30).ToArray();
        var destination = new double[logits.Length];
        var inPlace = (double[])logits.Clone();
        void RunAll()
        {
            StablePrimitives.SoftmaxWithTemperature<double>(logits, destination, 0.7);
            StablePrimitives.LogSoftmaxWithTemperature<double>(logits, destination, 0.7);
            StablePrimitives.SoftmaxWithTemperature<double>(logits, destination, 100, 3.0);
            StablePrimitives.LogSoftmaxWithTemperature<double>(logits, destination, 100, 3.0);
            StablePrimitives.LogSoftmaxWithTemperature<double>(inPlace, inPlace, 100, 3.0);
            StablePrimitives.LogSoftmaxWithTemperature<double>(inPlace, inPlace, 3.0);
        }

        RunAll();
        var before = GC.GetAllocatedBytesForCurrentThread();
        RunAll();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class SoftmaxTests<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The c of the documented bound (c + |xᵢ − m|) ulp.</summary>
    internal const double BoundConstant = 3;

    [Fact]
    public void MatchesHandComputedValues()
    {
        // e^0 : e^(ln 3) = 1 : 3, so (1/4, 3/4); 1 : 2 : 5 gives eighths.
        var destination = new T[3];
        StablePrimitives.Softmax(Array<T>(0, Math.Log(3)), destination);
        Tolerance.Epsilons(8).AssertClose(0.25, destination[0]);
        Tolerance.Epsilons(8).AssertClose(0.75, destination[1]);

        StablePrimitives.Softmax(Array<T>(0, Math.Log(2), Math.Log(5)), destination);
        Tolerance.Epsilons(8).AssertClose(1.0 / 8, destination[0]);
        Tolerance.Epsilons(8).AssertClose(2.0 / 8, destination[1]);
        Tolerance.Epsilons(8).AssertClose(5.0 / 8, destination[2]);
    }

    [Fact]
    public void IsExactWhereTheAnswerIsRepresentable()
    {
        var destination = new T[4];
        StablePrimitives.Softmax(Array<T>(-1000, -1000, -1000, -1000), destination);
        Assert.All(destination, p => Assert.Equal(Of<T>(0.25), p));

        // e^(−2000) underflows to 0 in both formats, and 1/(1 + 0) = 1.
        StablePrimitives.Softmax(Array<T>(1000, -1000), destination);
        Assert.Equal(T.One, destination[0]);
        Assert.Equal(T.Zero, destination[1]);
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void EveryLengthMatchesTheReferenceAndSumsToOne(int length)
    {
        var random = new Random(length);
        var x = new T[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = Of<T>((random.NextDouble() * 20) - 10);
        }

        var destination = new T[length];
        StablePrimitives.Softmax(x, destination);
        Accuracy.AssertShiftedBound<T>(x, destination, ExactMath.Softmax(Widen<T>(x)), BoundConstant, "softmax");
        var sum = destination.Aggregate(0.0, (total, p) => total + double.CreateTruncating(p));
        Assert.Equal(1.0, sum, 4 * length * FloatingPoint.MachineEpsilon<T>());
    }

    [Fact]
    public void SweepOfExtremeRowsStaysWithinTheBound()
    {
        var measured = 0.0;
        foreach (var x in TestRows<T>.All())
        {
            var destination = new T[x.Length];
            StablePrimitives.Softmax(x, destination);
            Assert.All(destination, p => Assert.True(T.IsFinite(p), "softmax of finite logits must be finite"));
            measured = Math.Max(measured, Accuracy.AssertShiftedBound<T>(x, destination, ExactMath.Softmax(Widen<T>(x)), BoundConstant, "softmax"));
        }

        Accuracy.Report("softmax c", measured);
    }

    [Fact]
    public void BatchEqualsRowByRowAndInPlace()
    {
        const int RowWidth = 17;
        var random = new Random(3);
        var batch = new T[5 * RowWidth];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = Of<T>((random.NextDouble() * 60) - 30);
        }

        var expected = new T[batch.Length];
        for (var row = 0; row < 5; row++)
        {
            StablePrimitives.Softmax(batch.AsSpan(row * RowWidth, RowWidth), expected.AsSpan(row * RowWidth, RowWidth));
        }

        var inPlace = (T[])batch.Clone();
        StablePrimitives.Softmax(inPlace, inPlace, RowWidth);
        Assert.Equal(expected, inPlace);
    }

    [Fact]
    public void SpecialValuesFollowIeeeSemantics()
    {
        var destination = new T[3];
        StablePrimitives.Softmax(Array<T>(1, double.NaN, 2), destination);
        Assert.All(destination, p => Assert.True(T.IsNaN(p)));

        StablePrimitives.Softmax(Array<T>(1, double.PositiveInfinity, 2), destination);
        Assert.All(destination, p => Assert.True(T.IsNaN(p)));

        StablePrimitives.Softmax(Array<T>(double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity), destination);
        Assert.All(destination, p => Assert.True(T.IsNaN(p)));

        StablePrimitives.Softmax(Array<T>(double.NegativeInfinity, 0, double.NegativeInfinity), destination);
        Assert.Equal(Array<T>(0, 1, 0), destination);
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var x = Array<T>(1, 2, 3, 4);
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.Softmax(ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.Softmax(x, new T[3]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("too short", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.Softmax(x, new T[4], 3));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("not divisible by the row width 3", error.Message, StringComparison.Ordinal);

        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.Softmax(x, new T[4], 0));
        Assert.Equal("rowWidth", outOfRange.ParamName);
        Assert.Contains("must be positive", outOfRange.Message, StringComparison.Ordinal);

        var buffer = new T[5];
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.Softmax(buffer.AsSpan(0, 4), buffer.AsSpan(1, 4)));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("overlaps x", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SoftmaxSingleTests : SoftmaxTests<float>;

public sealed class SoftmaxDoubleTests : SoftmaxTests<double>
{
    [Fact]
    public void MathNetOverloadsAgreeWithTheSpanKernel()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, Math.Log(3) }, { 5, 5 }, { -1e4, 1e4 } });
        var rows = StablePrimitives.Softmax(matrix);
        Assert.Equal(3, rows.RowCount);
        Tolerance.Epsilons(8).AssertClose(0.25, rows[0, 0]);
        Tolerance.Epsilons(8).AssertClose(0.75, rows[0, 1]);
        Assert.Equal(0.5, rows[1, 0]);
        Assert.Equal(1.0, rows[2, 1]);
        Assert.Equal(rows.Row(0), StablePrimitives.Softmax(matrix.Row(0)));
        Assert.Throws<ArgumentNullException>(() => StablePrimitives.Softmax((Matrix<double>)null!));
    }
}

/// <summary>Types without SIMD support run the same algorithm in scalar code.</summary>
public sealed class SoftmaxHalfTests
{
    [Fact]
    public void HalfRunsTheScalarPath()
    {
        Half[] x = [(Half)0, (Half)Math.Log(3), (Half)(-100)];
        var destination = new Half[3];
        StablePrimitives.Softmax<Half>(x, destination);
        Assert.Equal(0.25, (double)destination[0], 1e-3);
        Assert.Equal(0.75, (double)destination[1], 1e-3);
        Assert.Equal(Half.Zero, destination[2]);

        StablePrimitives.LogSoftmax<Half>(x, destination);
        Assert.Equal(-Math.Log(4), (double)destination[0], 2e-3);
        StablePrimitives.Sigmoid<Half>(x, destination);
        Assert.Equal(0.75, (double)destination[1], 1e-3);
    }
}

using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>y′ = (1 − ε)·y + ε/n and the cross-entropy loss and gradient against it.</summary>
public abstract class LabelSmoothingTests<T>
    where T : IFloatingPointIeee754<T>
{
    private static readonly double[] Smoothings = [0, 1e-3, 0.1, 0.5, 0.9, 1];

    [Fact]
    public void SmoothLabelsMatchHandComputedValues()
    {
        // One-hot over 4 classes with ε = 0.1: 0.9 + 0.025 on the target, 0.025 elsewhere.
        var destination = new T[4];
        StablePrimitives.SmoothLabels(Array<T>(0, 1, 0, 0), destination, Of<T>(0.1));
        Tolerance.Epsilons(4).AssertClose(0.025, destination[0]);
        Tolerance.Epsilons(4).AssertClose(0.925, destination[1]);
        Tolerance.Epsilons(4).AssertClose(0.025, destination[3]);

        // ε = 1 forgets the targets: the uniform distribution.
        StablePrimitives.SmoothLabels(Array<T>(0, 1, 0, 0), destination, T.One);
        Assert.Equal(Array<T>(0.25, 0.25, 0.25, 0.25), destination);

        // The uniform distribution is a fixed point for every ε.
        StablePrimitives.SmoothLabels(Array<T>(0.5, 0.5), destination, Of<T>(0.3));
        Assert.Equal(Array<T>(0.5, 0.5), destination[..2]);
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void SmoothedLabelsAreADistributionWhenTheTargetsAre(int length)
    {
        var random = new Random(length + 7);
        foreach (var smoothing in Smoothings)
        {
            var targets = RandomDistribution(random, length);
            var smoothed = new T[length];
            StablePrimitives.SmoothLabels(targets, smoothed, Of<T>(smoothing));
            Assert.All(smoothed, p => Assert.InRange(p, T.Zero, T.One));
            var sum = smoothed.Aggregate(0.0, (total, p) => total + double.CreateTruncating(p));
            Assert.Equal(1.0, sum, 4 * length * FloatingPoint.MachineEpsilon<T>());
        }
    }

    [Fact]
    public void SmoothedLabelsAreWithinTheDocumentedBound()
    {
        // Three roundings (1 − ε, ε/n, the FMA), each ½ ulp relative to a non-negative part of the result: ≤ 3 ulp.
        var random = new Random(43);
        var measured = 0.0;
        foreach (var length in new[] { 1, 2, 3, 7, 10, 100, 1000 })
        {
            foreach (var smoothing in Smoothings.Append(0.3).Append(1.0 / 3).Append(1e-7))
            {
                var targets = RandomDistribution(random, length);
                var epsilon = Of<T>(smoothing);
                var smoothed = new T[length];
                StablePrimitives.SmoothLabels(targets, smoothed, epsilon);
                var e = double.CreateTruncating(epsilon);
                for (var i = 0; i < length; i++)
                {
                    var exact = ((DoubleDouble.One - e) * double.CreateTruncating(targets[i])) + (new DoubleDouble(e, 0) / length);
                    var error = Ulps.Error(smoothed[i], exact);
                    Assert.True(error <= 3, $"y′ at n = {length}, ε = {smoothing}, y = {targets[i]}: {error} ulp");
                    measured = Math.Max(measured, error);
                }
            }
        }

        Accuracy.Report($"smoothed labels {typeof(T).Name}", measured);
    }

    [Fact]
    public void SmoothedLossMatchesHandComputedValues()
    {
        // softmax(0, ln 3) = (¼, ¾); y = (0, 1) smoothed by ε = 0.2 is (0.1, 0.9): loss 0.1·ln 4 + 0.9·ln(4/3).
        var logits = Array<T>(0, Math.Log(3));
        var targets = Array<T>(0, 1);
        Tolerance.Epsilons(8).AssertClose((0.1 * Math.Log(4)) + (0.9 * Math.Log(4.0 / 3)), StablePrimitives.CrossEntropy<T>(logits, targets, Of<T>(0.2)));

        // Gradient s − y′ = (¼ − 0.1, ¾ − 0.9).
        var gradient = new T[2];
        StablePrimitives.CrossEntropyGradient(logits, targets, gradient, Of<T>(0.2));
        Tolerance.Epsilons(8).AssertClose(0.15, gradient[0]);
        Tolerance.Epsilons(8).AssertClose(-0.15, gradient[1]);

        // Smoothing puts mass ε/n on an impossible class: the loss is +∞ (without smoothing it is ignored).
        var impossible = Array<T>(double.NegativeInfinity, 0, 0);
        var halves = Array<T>(0, 0.5, 0.5);
        Assert.Equal(T.PositiveInfinity, StablePrimitives.CrossEntropy<T>(impossible, halves, Of<T>(0.1)));
        Tolerance.Epsilons(8).AssertClose(Math.Log(2), StablePrimitives.CrossEntropy<T>(impossible, halves, T.Zero));
        Assert.Equal(T.PositiveInfinity, StablePrimitives.CrossEntropy<T>(impossible, Array<T>(0.5, 0.5, 0)));
    }

    [Fact]
    public void ZeroSmoothingIsThePlainKernelBitForBit()
    {
        foreach (var (logits, targets) in Cases())
        {
            var smoothed = new T[targets.Length];
            StablePrimitives.SmoothLabels(targets, smoothed, T.Zero);
            Assert.Equal(Bits(targets), Bits(smoothed));

            var plain = new T[logits.Length];
            var withZero = new T[logits.Length];
            StablePrimitives.CrossEntropyGradient(logits, targets, plain);
            StablePrimitives.CrossEntropyGradient(logits, targets, withZero, T.Zero);
            Assert.Equal(Bits(plain), Bits(withZero));

            Assert.Equal(
                BitConverter.DoubleToInt64Bits(double.CreateTruncating(StablePrimitives.CrossEntropy<T>(logits, targets))),
                BitConverter.DoubleToInt64Bits(double.CreateTruncating(StablePrimitives.CrossEntropy<T>(logits, targets, T.Zero))));
        }
    }

    [Fact]
    public void SmoothedKernelsAreThePlainKernelsOfTheSmoothedTargets()
    {
        foreach (var (logits, targets) in Cases())
        {
            foreach (var smoothing in Smoothings)
            {
                var smoothed = new T[targets.Length];
                StablePrimitives.SmoothLabels(targets, smoothed, Of<T>(smoothing));

                var expected = new T[logits.Length];
                var actual = new T[logits.Length];
                StablePrimitives.CrossEntropyGradient(logits, smoothed, expected);
                StablePrimitives.CrossEntropyGradient(logits, targets, actual, Of<T>(smoothing));
                Assert.Equal(Bits(expected), Bits(actual));
                Assert.Equal(
                    BitConverter.DoubleToInt64Bits(double.CreateTruncating(StablePrimitives.CrossEntropy<T>(logits, smoothed))),
                    BitConverter.DoubleToInt64Bits(double.CreateTruncating(StablePrimitives.CrossEntropy<T>(logits, targets, Of<T>(smoothing)))));
            }
        }
    }

    [Fact]
    public void SmoothedGradientSumsToZero()
    {
        // Σᵢ (sᵢ − y′ᵢ) = 1 − 1: the softmax rows sum to 1 within 4nε and the smoothed targets within nε.
        foreach (var (logits, targets) in Cases())
        {
            if (logits.Any(T.IsInfinity))
            {
                continue;
            }

            foreach (var smoothing in Smoothings)
            {
                var gradient = new T[logits.Length];
                StablePrimitives.CrossEntropyGradient(logits, targets, gradient, Of<T>(smoothing));
                Assert.All(gradient, g => Assert.True(T.IsFinite(g)));
                var sum = gradient.Aggregate(0.0, (total, g) => total + double.CreateTruncating(g));
                Assert.Equal(0.0, sum, 6 * logits.Length * FloatingPoint.MachineEpsilon<T>());
            }
        }
    }

    [Fact]
    public void SmoothedGradientIsTheFiniteDifferenceOfTheSmoothedLoss()
    {
        var x = new[] { 0.4, -1.3, 2.2, 0.1 };
        var y = new[] { 0.0, 0.0, 1.0, 0.0 };
        var numerical = new NumericalJacobian();
        var expected = numerical.Evaluate(point => StablePrimitives.CrossEntropy<double>(point, y, 0.15), x);
        var gradient = new T[4];
        StablePrimitives.CrossEntropyGradient(Array<T>(x), Array<T>(y), gradient, Of<T>(0.15));
        var tolerance = typeof(T) == typeof(float) ? 1e-6 : 1e-9;
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(expected[i], double.CreateTruncating(gradient[i]), tolerance);
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void BadSmoothingNamesTheArgumentAndTheFault(double smoothing)
    {
        var logits = Array<T>(1, 2, 3);
        var targets = Array<T>(0, 0, 1);
        var bad = Of<T>(smoothing);
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.SmoothLabels(targets, new T[3], bad)));
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.CrossEntropy<T>(logits, targets, bad)));
        Check(Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.CrossEntropyGradient(logits, targets, new T[3], bad)));

        static void Check(ArgumentOutOfRangeException error)
        {
            Assert.Equal("smoothing", error.ParamName);
            Assert.Contains("must lie in [0, 1]", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BadTargetsNameTheirArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.SmoothLabels(Array<T>(0.5, 0.4), new T[2], Of<T>(0.1)));
        Assert.Equal("targets", error.ParamName);
        Assert.Contains("sum to", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SmoothLabels(ReadOnlySpan<T>.Empty, new T[2], Of<T>(0.1)));
        Assert.Equal("targets", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SmoothLabels(Array<T>(0.5, 0.5), new T[1], Of<T>(0.1)));
        Assert.Equal("destination", error.ParamName);
        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.CrossEntropy<T>(Array<T>(1, 2), Array<T>(1.5, -0.5), Of<T>(0.1)));
        Assert.Equal("targetProbabilities", outOfRange.ParamName);
        var targets = Array<T>(0, 1);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropyGradient(Array<T>(1, 2), targets, targets, Of<T>(0.1)));
        Assert.Equal("destination", error.ParamName);
    }

    /// <summary>Ordinary, ±10⁴ and one-hot cases, and a −∞ logit whose class has no target mass.</summary>
    private static IEnumerable<(T[] Logits, T[] Targets)> Cases()
    {
        var random = new Random(41);
        foreach (var length in new[] { 1, 2, 5, 16, 17, 100 })
        {
            foreach (var scale in new[] { 1.0, 30, 1e4 })
            {
                var logits = Enumerable.Range(0, length).Select(_ => Of<T>(scale * ((2 * random.NextDouble()) - 1))).ToArray();
                yield return (logits, RandomDistribution(random, length));
                var oneHot = new T[length];
                oneHot[random.Next(length)] = T.One;
                yield return (logits, oneHot);
            }
        }

        yield return (Array<T>(double.NegativeInfinity, 0, 1), Array<T>(0, 0.25, 0.75));
    }

    /// <summary>A random distribution whose sum is 1 within the kernels' tolerance (normalised in double, then rounded).</summary>
    private static T[] RandomDistribution(Random random, int length)
    {
        var weights = Enumerable.Range(0, length).Select(_ => random.NextDouble()).ToArray();
        var total = weights.Sum();
        return weights.Select(w => Of<T>(w / total)).ToArray();
    }

    private static long[] Bits(T[] values) => values.Select(value => BitConverter.DoubleToInt64Bits(double.CreateTruncating(value))).ToArray();
}

public sealed class LabelSmoothingSingleTests : LabelSmoothingTests<float>;

public sealed class LabelSmoothingDoubleTests : LabelSmoothingTests<double>;

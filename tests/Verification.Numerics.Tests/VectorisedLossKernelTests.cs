using System.Globalization;
using System.Numerics;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// Log-sigmoid, softplus, binary cross-entropy and its gradient run a SIMD body and a scalar tail (and
/// only the scalar form on hardware without SIMD): at every length around the vector widths, each
/// element, whichever path computed it, is held to the same bound against the double-double reference,
/// and the special values (NaN, ±∞, ±0, subnormal, the exp's range edges) give the same results at the
/// head of a span (SIMD) as at its end (scalar tail).
/// </summary>
public abstract class VectorisedLossKernelTests<T>
    where T : IFloatingPointIeee754<T>
{
    private static readonly bool IsSingle = typeof(T) == typeof(float);

    /// <summary>log σ(0) = −ln 2 and softplus(0) = ln 2, correctly rounded (log1p(1) = ln2High + ln2Low in one rounding).</summary>
    private static readonly T Ln2 = Of<T>(Math.Log(2));

    /// <summary>
    /// BCE = max(z, 0) − z·y + log1p(e^(−|z|)) is not held to ulps of its (possibly tiny) value: z·y and
    /// the difference round at the scale of |z|, so the bound is 4ε·(|ℓ| + |z|) (measured: see the output).
    /// </summary>
    private const double LossEpsilons = 4;

    /// <summary>σ(z) − y rounds at the scale of σ(z) and of the result: the bound is 4ε·(σ(z) + |g|).</summary>
    private const double GradientEpsilons = 4;

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void LogSigmoidAndSoftplusAreWithinFourUlpAtEveryLength(int length)
    {
        var x = Logits(length);
        var destination = new T[length];
        StablePrimitives.LogSigmoid(x, destination);
        Accuracy.Report("log-sigmoid", Accuracy.AssertUlpBound<T>(x, destination, ExactMath.LogSigmoid, 4, "log-sigmoid"));
        StablePrimitives.Softplus(x, destination);
        Accuracy.Report("softplus", Accuracy.AssertUlpBound<T>(x, destination, static v => -ExactMath.LogSigmoid(-v), 4, "softplus"));
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void BinaryCrossEntropyAndItsGradientMeetTheirBoundsAtEveryLength(int length)
    {
        var (worstLoss, worstGradient) = AssertBinaryCrossEntropyBounds(Logits(length), Targets(length));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"BCE: worst {worstLoss:F3} ε·(|ℓ| + |z|); gradient: worst {worstGradient:F3} ε·(σ + |g|)"));
    }

    [Fact]
    public void SpecialValuesGiveTheSameResultsInTheSimdBodyAndTheScalarTail()
    {
        double[] specials = IsSingle
            ? [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -0.0, 1e30, -1e30]
            : [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -0.0, 1e300, -1e300];
        const int Length = 64 + 3;
        foreach (var special in specials)
        {
            foreach (var target in new[] { 0.0, 0.25, 1.0 })
            {
                var x = Enumerable.Repeat(Of<T>(special), Length).ToArray();
                var y = Enumerable.Repeat(Of<T>(target), Length).ToArray();
                AssertSameAtHeadAndTail(x, static (input, destination) => StablePrimitives.LogSigmoid<T>(input, destination), "log-sigmoid");
                AssertSameAtHeadAndTail(x, static (input, destination) => StablePrimitives.Softplus<T>(input, destination), "softplus");
                AssertSameAtHeadAndTail(x, (input, destination) => StablePrimitives.BinaryCrossEntropy(input, y, destination), "BCE");
                AssertSameAtHeadAndTail(x, (input, destination) => StablePrimitives.BinaryCrossEntropyGradient(input, y, destination), "BCE gradient");
            }
        }
    }

    [Fact]
    public void EdgeValuesMeetTheBoundsInTheSimdBodyAndInTheScalarForm()
    {
        // Subnormal inputs, the exp's fast-range edge (87 / 708), overflow of e^(−x) (88.72 / 709.78),
        // subnormal and underflowing e^(−|x|) (103.9 / 745): each alone (the scalar form) and as a
        // vector of 64 copies (SIMD).
        double[] edges = IsSingle
            ? [1e-45, -1e-45, 1e-38, 87, -87, 88.72283, -88.72283, 89, -89, 103.9, -103.9, 104, -104]
            : [5e-324, -5e-324, 1e-308, 708, -708, 709.78, -709.78, 710, -710, 745, -745, 746, -746];
        foreach (var edge in edges)
        {
            foreach (var length in new[] { 1, 64 })
            {
                var x = Enumerable.Repeat(Of<T>(edge), length).ToArray();
                var y = Enumerable.Range(0, length).Select(i => i % 2 == 0 ? T.One : Of<T>(0.25)).ToArray();
                var result = new T[length];
                StablePrimitives.LogSigmoid(x, result);
                Accuracy.AssertUlpBound<T>(x, result, ExactMath.LogSigmoid, 4, "log-sigmoid");
                StablePrimitives.Softplus(x, result);
                Accuracy.AssertUlpBound<T>(x, result, static v => -ExactMath.LogSigmoid(-v), 4, "softplus");
                AssertBinaryCrossEntropyBounds(x, y);
            }
        }
    }

    [Fact]
    public void SpecialValuesFollowTheDocumentedLimits()
    {
        // Long enough that the head goes through SIMD; the same values sit in the scalar tail too.
        var x = Array<T>(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -0.0);
        var padded = x.Concat(Enumerable.Repeat(T.One, 59)).Concat(x).ToArray();
        var result = new T[padded.Length];
        foreach (var offset in new[] { 0, padded.Length - x.Length })
        {
            StablePrimitives.LogSigmoid(padded, result);
            Assert.True(T.IsNaN(result[offset]));
            Assert.Equal([T.Zero, T.NegativeInfinity], result[(offset + 1)..(offset + 3)]);
            Assert.Equal(-Ln2, result[offset + 3]);
            Assert.Equal(-Ln2, result[offset + 4]);

            StablePrimitives.Softplus(padded, result);
            Assert.True(T.IsNaN(result[offset]));
            Assert.Equal([T.PositiveInfinity, T.Zero, Ln2, Ln2], result[(offset + 1)..(offset + 5)]);

            // z = +∞ gives ∞ − ∞ = NaN; z = −∞ gives 0 − (−∞) = +∞ for y > 0 (and 0·∞ = NaN for y = 0).
            // The gradient takes the limits σ(±∞) − y.
            var targets = Enumerable.Repeat(Of<T>(0.25), padded.Length).ToArray();
            StablePrimitives.BinaryCrossEntropy(padded, targets, result);
            Assert.True(T.IsNaN(result[offset]) && T.IsNaN(result[offset + 1]));
            Assert.Equal(T.PositiveInfinity, result[offset + 2]);
            Assert.Equal(Ln2, result[offset + 3]);
            StablePrimitives.BinaryCrossEntropyGradient(padded, targets, result);
            Assert.True(T.IsNaN(result[offset]));
            Assert.Equal([Of<T>(0.75), Of<T>(-0.25), Of<T>(0.25), Of<T>(0.25)], result[(offset + 1)..(offset + 5)]);
        }
    }

    [Fact]
    public void SubnormalLogSigmoidIsTheNegatedExponential()
    {
        // log σ(x) = −e^(−x)(1 − e^(−x)/2 + …) = −e^(−x) to far below an ulp once e^(−x) is subnormal.
        var x = IsSingle ? Array<T>(90, 95, 100, 103) : Array<T>(710, 720, 740, 744);
        var padded = x.Concat(x).Concat(x).Concat(x).Concat(x).ToArray();
        var result = new T[padded.Length];
        StablePrimitives.LogSigmoid(padded, result);
        for (var i = 0; i < padded.Length; i++)
        {
            Assert.True(T.IsSubnormal(result[i]), $"log σ({padded[i]}) = {result[i]} is not subnormal");
            Assert.True(Ulps.Error(result[i], ExactMath.LogSigmoid(double.CreateTruncating(padded[i]))) <= 4);
        }
    }

    [Fact]
    public void MeanGradientIsTheGradientDividedByTheCountAndTheMeanKeepsItsSumAcrossChunks()
    {
        const int Length = 5003;
        var (z, y) = (Logits(Length), Targets(Length));
        var gradient = new T[Length];
        var meanGradient = new T[Length];
        StablePrimitives.BinaryCrossEntropyGradient(z, y, gradient);
        StablePrimitives.BinaryCrossEntropyMeanGradient(z, y, meanGradient);
        Assert.Equal(gradient.Select(value => value / Of<T>(Length)), meanGradient);

        var exact = DoubleDouble.Zero;
        for (var i = 0; i < Length; i++)
        {
            exact += ExactLoss(double.CreateTruncating(z[i]), double.CreateTruncating(y[i]));
        }

        var exactMean = (exact / new DoubleDouble(Length, 0)).Hi;
        Tolerance.Epsilons(4).AssertClose(exactMean, StablePrimitives.BinaryCrossEntropyMean<T>(z, y));
    }

    /// <summary>
    /// Asserts the loss within 4ε·(|ℓ| + |z|) and the gradient within 4ε·(σ(z) + |g|) of the reference,
    /// neither scale below the smallest subnormal, and returns the worst of each in those units.
    /// </summary>
    private static (double Loss, double Gradient) AssertBinaryCrossEntropyBounds(T[] z, T[] y)
    {
        var losses = new T[z.Length];
        StablePrimitives.BinaryCrossEntropy(z, y, losses);
        var gradient = new T[z.Length];
        StablePrimitives.BinaryCrossEntropyGradient(z, y, gradient);
        var (worstLoss, worstGradient) = (0.0, 0.0);
        var epsilon = FloatingPoint.MachineEpsilon<T>();
        var smallest = double.CreateTruncating(T.Epsilon);
        for (var i = 0; i < z.Length; i++)
        {
            var (logit, target) = (double.CreateTruncating(z[i]), double.CreateTruncating(y[i]));
            var exactLoss = ExactLoss(logit, target);
            var lossError = Math.Abs((new DoubleDouble(double.CreateTruncating(losses[i]), 0) - exactLoss).Hi)
                / Math.Max(epsilon * (Math.Abs(exactLoss.Hi) + Math.Abs(logit)), smallest);
            Assert.True(lossError <= LossEpsilons, Describe("BCE", logit, target, losses[i], exactLoss.Hi, lossError));
            worstLoss = Math.Max(worstLoss, lossError);

            var (exactGradient, sigmoid) = ExactGradient(logit, target);
            var gradientError = Math.Abs((new DoubleDouble(double.CreateTruncating(gradient[i]), 0) - exactGradient).Hi)
                / Math.Max(epsilon * (sigmoid + Math.Abs(exactGradient.Hi)), smallest);
            Assert.True(gradientError <= GradientEpsilons, Describe("BCE gradient", logit, target, gradient[i], exactGradient.Hi, gradientError));
            worstGradient = Math.Max(worstGradient, gradientError);
        }

        return (worstLoss, worstGradient);
    }

    private static void AssertSameAtHeadAndTail(T[] x, Action<T[], T[]> kernel, string what)
    {
        var result = new T[x.Length];
        kernel(x, result);
        var (head, tail) = (result[0], result[^1]);
        Assert.True(
            head.Equals(tail) || (T.IsNaN(head) && T.IsNaN(tail)),
            string.Create(CultureInfo.InvariantCulture, $"{what}({x[0]}): SIMD head {head}, scalar tail {tail}"));
    }

    /// <summary>Logits over the whole range (past the exp's fast range and into its underflow), a quarter of them small.</summary>
    private static T[] Logits(int length)
    {
        var random = new Random(length);
        var range = IsSingle ? 110.0 : 760.0;
        var x = new T[length];
        for (var i = 0; i < length; i++)
        {
            var magnitude = i % 4 == 0 ? 4.0 : range;
            x[i] = Of<T>(((random.NextDouble() * 2) - 1) * magnitude);
        }

        return x;
    }

    /// <summary>Targets in [0, 1], every third exactly 1 (the gradient's −σ(−z) branch) and every fifth 0.</summary>
    private static T[] Targets(int length)
    {
        var random = new Random(length + 1);
        var y = new T[length];
        for (var i = 0; i < length; i++)
        {
            y[i] = i % 3 == 0 ? T.One : i % 5 == 0 ? T.Zero : Of<T>(random.NextDouble());
        }

        return y;
    }

    /// <summary>max(z, 0) − z·y + log1p(e^(−|z|)) in double-double (z·y exact).</summary>
    private static DoubleDouble ExactLoss(double z, double y) =>
        new DoubleDouble(Math.Max(z, 0), 0) - (new DoubleDouble(z, 0) * new DoubleDouble(y, 0))
        + ExactMath.LogOnePlus(ExactMath.Exp(new DoubleDouble(-Math.Abs(z), 0))).ToDoubleDouble();

    /// <summary>σ(z) − y (−σ(−z) for y = 1) in double-double, and σ(z) as the scale of its rounding.</summary>
    private static (DoubleDouble Gradient, double Sigmoid) ExactGradient(double z, double y)
    {
        var sigmoid = ExactMath.Sigmoid(z).ToDoubleDouble();
        var gradient = y == 1 ? -ExactMath.Sigmoid(-z).ToDoubleDouble() : sigmoid - new DoubleDouble(y, 0);
        return (gradient, sigmoid.Hi);
    }

    private static string Describe(string what, double z, double y, T computed, double exact, double error) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} ({typeof(T).Name}) at z = {z:R}, y = {y:R}: computed {computed}, exact {exact:R}, error {error:F2} ε");
}

public sealed class VectorisedLossKernelSingleTests : VectorisedLossKernelTests<float>;

public sealed class VectorisedLossKernelDoubleTests : VectorisedLossKernelTests<double>;

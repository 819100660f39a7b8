using System.Globalization;
using System.Numerics;
using System.Numerics.Tensors;
using Verification.Numerics.Tests.Reference;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// Our <see cref="Activations"/> kernels against <c>System.Numerics.Tensors.TensorPrimitives</c> (the
/// library they are meant to replace), both measured in ulp against the double-double reference over the
/// same fixed sweep: the core [−20, 20] (20,001 points), tiny |x| ∈ [10⁻³⁰, 10⁻³] and large
/// |x| ∈ [20, 90] (float) or [20, 710] (double), both signs. Ours must meet its documented bound and be
/// no worse than TensorPrimitives + 1 ulp in every region (softmax: + 1 + |xᵢ − m| ulp per element, the
/// price of its shift); both worst errors are written to the test output so they can be quoted (issue 13).
/// </summary>
public abstract class TensorPrimitivesComparisonTests<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The documented bound of tanh and sigmoid: 4 ulp everywhere.</summary>
    private const double UlpBound = 4;

    /// <summary>The c of softmax's documented bound (c + |xᵢ − m|) ulp.</summary>
    private const double SoftmaxBoundConstant = 3;

    /// <summary>How much worse than TensorPrimitives ours may be in any region.</summary>
    private const double AllowedExcessOverTensorPrimitives = 1;

    private static readonly bool IsSingle = typeof(T) == typeof(float);

    private static readonly int[] SoftmaxRowLengths = [2, 3, 7, 16, 33, 100, 1000];

    protected abstract void OursTanh(ReadOnlySpan<T> x, Span<T> destination);

    protected abstract void OursSigmoid(ReadOnlySpan<T> x, Span<T> destination);

    protected abstract void OursSoftmax(ReadOnlySpan<T> x, Span<T> destination);

    [Fact]
    public void TanhIsWithinFourUlpAndNoWorseThanTensorPrimitives()
    {
        foreach (var region in Regions())
        {
            var (ours, theirs) = (new T[region.Points.Length], new T[region.Points.Length]);
            OursTanh(region.Points, ours);
            TensorPrimitives.Tanh<T>(region.Points, theirs);
            var oursWorst = Accuracy.AssertUlpBound<T>(region.Points, ours, ExactMath.Tanh, UlpBound, "tanh");
            Compare("tanh", region.Name, oursWorst, WorstUlpError(region.Points, theirs, ExactMath.Tanh));
        }
    }

    [Fact]
    public void SigmoidIsWithinFourUlpAndNoWorseThanTensorPrimitives()
    {
        foreach (var region in Regions())
        {
            var (ours, theirs) = (new T[region.Points.Length], new T[region.Points.Length]);
            OursSigmoid(region.Points, ours);
            TensorPrimitives.Sigmoid<T>(region.Points, theirs);
            var oursWorst = Accuracy.AssertUlpBound<T>(region.Points, ours, ExactMath.Sigmoid, UlpBound, "sigmoid");
            Compare("sigmoid", region.Name, oursWorst, WorstUlpError(region.Points, theirs, ExactMath.Sigmoid));
        }
    }

    [Fact]
    public void SoftmaxIsWithinItsBoundAndNoWorseThanTensorPrimitivesBeyondTheShift()
    {
        // Rows of every length drawn (fixed seed) from each region's points. Ours forms e^(xᵢ − m), and the
        // rounding of xᵢ − m costs up to |xᵢ − m| ulp (the documented bound's second term); TensorPrimitives
        // forms e^(xᵢ) from the exact input, so it avoids that error and pays with overflow instead (see
        // the [1000, 1000] test). Each element of ours must therefore be within TensorPrimitives' error
        // + 1 + |xᵢ − m| ulp; the plain worst errors of both are reported.
        foreach (var region in Regions())
        {
            var random = new Random(13);
            var (oursWorst, theirsWorst) = (0.0, 0.0);
            foreach (var length in SoftmaxRowLengths)
            {
                for (var draw = 0; draw < 4; draw++)
                {
                    var row = new T[length];
                    for (var i = 0; i < length; i++)
                    {
                        row[i] = region.Points[random.Next(region.Points.Length)];
                    }

                    var widened = Widen<T>(row);
                    var exact = ExactMath.Softmax(widened);
                    var (ours, theirs) = (new T[length], new T[length]);
                    OursSoftmax(row, ours);
                    TensorPrimitives.SoftMax<T>(row, theirs);
                    Accuracy.AssertShiftedBound<T>(row, ours, exact, SoftmaxBoundConstant, "softmax");
                    var maximum = widened.Max();
                    for (var i = 0; i < length; i++)
                    {
                        var (oursError, theirsError) = (Ulps.Error(ours[i], exact[i]), Ulps.Error(theirs[i], exact[i]));
                        var allowed = theirsError + AllowedExcessOverTensorPrimitives + Math.Abs(widened[i] - maximum);
                        Assert.True(
                            oursError <= allowed,
                            string.Create(CultureInfo.InvariantCulture, $"softmax ({typeof(T).Name}, {region.Name}) x = {row[i]}, max = {maximum:R}: ours {oursError:F3} ulp > TensorPrimitives' {theirsError:F3} + 1 + |x − max| ulp"));
                        (oursWorst, theirsWorst) = (Math.Max(oursWorst, oursError), Math.Max(theirsWorst, theirsError));
                    }
                }
            }

            Write($"softmax {typeof(T).Name} {region.Name}: ours {Quote(oursWorst)} ulp, TensorPrimitives {Quote(theirsWorst)} ulp");
        }
    }

    [Fact]
    public void TensorPrimitivesTanhLosesTinyArgumentsButOursReturnsThemExactly()
    {
        // tanh(x) = x − x³/3 + …, so below 2⁻³⁰ (float and double) the correctly rounded result is x itself.
        // TensorPrimitives 11's vectorised Tanh (any span of at least a vector) cancels there: on this
        // machine (AVX-512) it gave −2⁻²⁴ for float tanh(10⁻³⁰) and tanh(0), and −0 for double tanh(10⁻³⁰).
        // Ours evaluates −t/(t + 2) with t = expm1(−2|x|), which keeps every digit of x.
        var x = Enumerable.Repeat(Of<T>(1e-30), 64).ToArray();
        var (ours, theirs) = (new T[x.Length], new T[x.Length]);
        OursTanh(x, ours);
        TensorPrimitives.Tanh<T>(x, theirs);
        Assert.All(ours, value => Assert.Equal(x[0], value));
        var theirsError = Ulps.Error(theirs[0], ExactMath.Tanh(double.CreateTruncating(x[0])));
        Assert.True(theirsError > 1e6, $"TensorPrimitives.Tanh(1e-30) gave {theirs[0]}, only {theirsError} ulp off; the fact this test states no longer holds");
        Write($"tanh {typeof(T).Name} (1e-30, 64 lanes): ours {ours[0]}, TensorPrimitives {theirs[0]} ({theirsError:G3} ulp)");
    }

    [Fact]
    public void TensorPrimitivesSoftMaxOfAnEqualLargePairIsNaNButOursIsOneHalfEach()
    {
        // TensorPrimitives.SoftMax computes e^(xᵢ)/Σⱼ e^(xⱼ) without subtracting the maximum: e^1000
        // overflows to ∞ in both formats and ∞/∞ is NaN. Ours shifts by the maximum: e^0/(e^0 + e^0) = ½, exact.
        var x = Array<T>(1000, 1000);
        var (ours, theirs) = (new T[2], new T[2]);
        OursSoftmax(x, ours);
        TensorPrimitives.SoftMax<T>(x, theirs);
        Assert.Equal([Of<T>(0.5), Of<T>(0.5)], ours);
        Assert.All(theirs, value => Assert.True(T.IsNaN(value), $"TensorPrimitives.SoftMax([1000, 1000]) gave {value}, expected NaN"));
        Write($"softmax {typeof(T).Name} [1000, 1000]: ours [{ours[0]}, {ours[1]}], TensorPrimitives [{theirs[0]}, {theirs[1]}]");
    }

    private static void Compare(string kernel, string region, double ours, double theirs)
    {
        Write($"{kernel} {typeof(T).Name} {region}: ours {Quote(ours)} ulp, TensorPrimitives {Quote(theirs)} ulp");
        Assert.True(
            ours <= theirs + AllowedExcessOverTensorPrimitives,
            string.Create(CultureInfo.InvariantCulture, $"{kernel} ({typeof(T).Name}, {region}): ours {ours:F3} ulp is more than {AllowedExcessOverTensorPrimitives} ulp worse than TensorPrimitives' {theirs:F3} ulp"));
    }

    /// <summary>Three decimals for errors that matter; three digits for the flushed and lost results (10⁶ ulp and up).</summary>
    private static string Quote(double ulps) =>
        ulps.ToString(ulps < 1e6 ? "F3" : "G3", CultureInfo.InvariantCulture);

    private static void Write(FormattableString line) =>
        TestContext.Current.TestOutputHelper?.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    /// <summary>The worst ulp error of <paramref name="computed"/>; NaN or a wrong infinity counts as ∞.</summary>
    private static double WorstUlpError(T[] x, T[] computed, Func<double, ExactValue> exact)
    {
        var worst = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            worst = Math.Max(worst, Ulps.Error(computed[i], exact(double.CreateTruncating(x[i]))));
        }

        return worst;
    }

    private static SweepRegion[] Regions()
    {
        var largest = IsSingle ? 90.0 : 710.0;
        return
        [
            new("core [-20, 20]", Linear(-20, 20, 20_001)),
            new("tiny |x| in [1e-30, 1e-3]", WithNegatives(Logarithmic(1e-30, 1e-3, 541))),
            new(string.Create(CultureInfo.InvariantCulture, $"large |x| in [20, {largest}]"), WithNegatives(Linear(20, largest, 2_001))),
        ];
    }

    private static T[] Linear(double low, double high, int count) =>
        Enumerable.Range(0, count).Select(i => Of<T>(low + ((high - low) * i / (count - 1)))).ToArray();

    private static T[] Logarithmic(double low, double high, int count)
    {
        var (logLow, logHigh) = (Math.Log10(low), Math.Log10(high));
        return Enumerable.Range(0, count).Select(i => Of<T>(Math.Pow(10, logLow + ((logHigh - logLow) * i / (count - 1))))).ToArray();
    }

    private static T[] WithNegatives(T[] magnitudes) => [.. magnitudes, .. magnitudes.Select(static v => -v)];

    /// <summary>A named part of the sweep.</summary>
    private readonly record struct SweepRegion(string Name, T[] Points);
}

public sealed class TensorPrimitivesComparisonSingleTests : TensorPrimitivesComparisonTests<float>
{
    protected override void OursTanh(ReadOnlySpan<float> x, Span<float> destination) => Activations.Tanh(x, destination);

    protected override void OursSigmoid(ReadOnlySpan<float> x, Span<float> destination) => Activations.Sigmoid(x, destination);

    protected override void OursSoftmax(ReadOnlySpan<float> x, Span<float> destination) => Activations.Softmax(x, destination);
}

public sealed class TensorPrimitivesComparisonDoubleTests : TensorPrimitivesComparisonTests<double>
{
    protected override void OursTanh(ReadOnlySpan<double> x, Span<double> destination) => Activations.Tanh(x, destination);

    protected override void OursSigmoid(ReadOnlySpan<double> x, Span<double> destination) => Activations.Sigmoid(x, destination);

    protected override void OursSoftmax(ReadOnlySpan<double> x, Span<double> destination) => Activations.Softmax(x, destination);
}

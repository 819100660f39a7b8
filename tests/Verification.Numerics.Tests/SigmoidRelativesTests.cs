using System.Numerics;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// tanh, softplus, SiLU and SiLU′ against double-double references over the whole useful range, the
/// identities the catalog proves (tanh odd, softplus(x) − softplus(−x) = x, SiLU = x·σ), and the
/// special values.
/// </summary>
public abstract class SigmoidRelativesTests<T>
    where T : IFloatingPointIeee754<T>
{
    private static readonly bool IsSingle = typeof(T) == typeof(float);

    [Fact]
    public void TanhSweepIsWithinFourUlp()
    {
        var x = Sweep(IsSingle ? -20.0 : -40.0, IsSingle ? 20.0 : 40.0);
        var destination = new T[x.Length];
        StablePrimitives.Tanh(x, destination);
        Accuracy.Report("tanh", Accuracy.AssertUlpBound<T>(x, destination, ExactMath.Tanh, 4, "tanh"));
    }

    [Fact]
    public void TanhOfTinyArgumentsIsTheArgumentAndTanhIsOdd()
    {
        // tanh(x) = x − x³/3 + …: below 2⁻³⁰ the cube is under half an ulp of x in both formats.
        var x = Array<T>(1e-30, -1e-30, 1e-10, -1e-10, 0.5, -0.5, 3, -3);
        var destination = new T[x.Length];
        StablePrimitives.Tanh(x, destination);
        Assert.Equal(x[0], destination[0]);
        Assert.Equal(x[1], destination[1]);
        for (var i = 2; i < x.Length; i += 2)
        {
            Assert.Equal(-destination[i], destination[i + 1]);
        }

        var zeros = Array<T>(0, -0.0);
        StablePrimitives.Tanh(zeros, zeros);
        Assert.True(T.IsPositive(zeros[0]) && T.IsZero(zeros[0]));
        Assert.True(T.IsNegative(zeros[1]) && T.IsZero(zeros[1]));
    }

    [Fact]
    public void SoftplusSweepIsWithinFourUlp()
    {
        var x = Sweep(IsSingle ? -110.0 : -760.0, IsSingle ? 200.0 : 800.0);
        var destination = new T[x.Length];
        StablePrimitives.Softplus(x, destination);
        Accuracy.Report("softplus", Accuracy.AssertUlpBound<T>(x, destination, static v => -ExactMath.LogSigmoid(-v), 4, "softplus"));
    }

    [Fact]
    public void SoftplusOfXMinusSoftplusOfMinusXIsX()
    {
        // softplus(x) − softplus(−x) = x (catalog: softplus-difference): the two tails differ by exactly x.
        var x = Array<T>(0.25, 1, 7.5, 30, 80);
        var negated = x.Select(static v => -v).ToArray();
        var (positive, negative) = (new T[x.Length], new T[x.Length]);
        StablePrimitives.Softplus(x, positive);
        StablePrimitives.Softplus(negated, negative);
        for (var i = 0; i < x.Length; i++)
        {
            Tolerance.Epsilons(4).AssertClose(double.CreateTruncating(x[i]), positive[i] - negative[i]);
        }
    }

    [Fact]
    public void SiluSweepIsWithinFourUlp()
    {
        var x = Sweep(IsSingle ? -100.0 : -740.0, IsSingle ? 100.0 : 740.0);
        var destination = new T[x.Length];
        StablePrimitives.Silu(x, destination);
        Accuracy.Report("silu", Accuracy.AssertUlpBound<T>(x, destination, ExactSilu, 4, "silu"));
    }

    [Fact]
    public void SiluDerivativeMatchesTheCatalogFormulaInDoubleDouble()
    {
        // SiLU′(x) = σ(x)(1 + x(1 − σ(x))) (catalog: silu-derivative). It crosses zero near x = −1.2785,
        // where no kernel keeps relative precision, so the bound is absolute there: 8 ε.
        var x = Sweep(-30, 30);
        var destination = new T[x.Length];
        StablePrimitives.SiluDerivative(x, destination);
        for (var i = 0; i < x.Length; i++)
        {
            var v = double.CreateTruncating(x[i]);
            var sigmoid = ExactMath.Sigmoid(v).ToDoubleDouble();
            var oneMinus = DoubleDouble.One - sigmoid;
            var exact = (sigmoid * (DoubleDouble.One + (new DoubleDouble(v, 0) * oneMinus))).Hi;
            Assert.True(
                Math.Abs(double.CreateTruncating(destination[i]) - exact) <= 8 * FloatingPoint.MachineEpsilon<T>() * Math.Max(1, Math.Abs(exact)),
                $"SiLU′({v:R}) = {destination[i]}, exact {exact:R}");
        }
    }

    [Fact]
    public void SpecialValuesAndBadArguments()
    {
        var infinities = Array<T>(double.PositiveInfinity, double.NegativeInfinity, double.NaN);
        var result = new T[3];
        StablePrimitives.Tanh(infinities, result);
        Assert.Equal([T.One, -T.One], result[..2]);
        Assert.True(T.IsNaN(result[2]));
        StablePrimitives.Softplus(infinities, result);
        Assert.Equal([T.PositiveInfinity, T.Zero], result[..2]);
        Assert.True(T.IsNaN(result[2]));
        StablePrimitives.Silu(infinities, result);
        Assert.Equal(T.PositiveInfinity, result[0]);
        Assert.True(T.IsZero(result[1]));
        Assert.True(T.IsNaN(result[2]));

        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => StablePrimitives.Tanh(new T[2], new T[1])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => StablePrimitives.Softplus(new T[2], new T[1])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => StablePrimitives.Silu(new T[2], new T[1])).ParamName);
    }

    private static T[] Sweep(double low, double high)
    {
        var x = new T[20_011];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Of<T>(low + ((high - low) * i / (x.Length - 1)));
        }

        return x;
    }

    // x·σ(x), with σ's tiny values kept in the exponent for very negative x.
    private static ExactValue ExactSilu(double x)
    {
        var sigmoid = ExactMath.Sigmoid(x);
        return sigmoid with { Mantissa = sigmoid.Mantissa * new DoubleDouble(x, 0) };
    }
}

public sealed class SigmoidRelativesSingleTests : SigmoidRelativesTests<float>;

public sealed class SigmoidRelativesDoubleTests : SigmoidRelativesTests<double>;

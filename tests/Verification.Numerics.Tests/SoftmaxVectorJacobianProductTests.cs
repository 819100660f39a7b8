using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class SoftmaxVectorJacobianProductTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // s = (¼, ¾), g = (1, 0): ⟨s, g⟩ = ¼, so s ⊙ (g − ¼) = (¼·¾, ¾·(−¼)) = (3/16, −3/16).
        var destination = new T[2];
        StablePrimitives.SoftmaxVectorJacobianProduct(Array<T>(0, Math.Log(3)), Array<T>(1, 0), destination);
        Tolerance.Epsilons(8).AssertClose(3.0 / 16, destination[0]);
        Tolerance.Epsilons(8).AssertClose(-3.0 / 16, destination[1]);

        // A constant upstream gradient is orthogonal to every change of a probability vector.
        StablePrimitives.SoftmaxVectorJacobianProduct(Array<T>(0.5, -2), Array<T>(3, 3), destination);
        Assert.All(destination, value => Assert.True(T.Abs(value) <= Of<T>(8 * FloatingPoint.MachineEpsilon<T>())));
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void EqualsFormingTheJacobianAndMultiplying(int length)
    {
        if (length > 200)
        {
            return;
        }

        var random = new Random(length);
        var x = new T[length];
        var g = new T[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = Of<T>((random.NextDouble() * 10) - 5);
            g[i] = Of<T>((random.NextDouble() * 2) - 1);
        }

        var jacobian = new T[length * length];
        StablePrimitives.SoftmaxJacobian(x, jacobian);
        var product = new T[length];
        StablePrimitives.SoftmaxVectorJacobianProduct(x, g, product);
        var s = new T[length];
        StablePrimitives.Softmax(x, s);
        var weightedMagnitude = 0.0;
        for (var i = 0; i < length; i++)
        {
            weightedMagnitude += double.CreateTruncating(s[i] * T.Abs(g[i]));
        }

        for (var j = 0; j < length; j++)
        {
            // (Jᵀg)ⱼ = Σᵢ Jᵢⱼgᵢ, summed in double. The documented bound of the product is a few ulp of
            // sⱼ·(|gⱼ| + Σᵢ sᵢ|gᵢ|): gⱼ − ⟨s, g⟩ may cancel.
            double expected = 0, scale = 0;
            for (var i = 0; i < length; i++)
            {
                var term = double.CreateTruncating(jacobian[(i * length) + j]) * double.CreateTruncating(g[i]);
                expected += term;
                scale += Math.Abs(term);
            }

            var bound = double.CreateTruncating(s[j]) * (double.CreateTruncating(T.Abs(g[j])) + weightedMagnitude);
            Assert.Equal(expected, double.CreateTruncating(product[j]), 8 * FloatingPoint.MachineEpsilon<T>() * (bound + scale));
        }
    }

    [Fact]
    public void IsTheGradientOfTheUpstreamProjection()
    {
        // Witness: ∇ₓ ⟨g, softmax(x)⟩ = Jᵀg, differentiated numerically by MathNet in double.
        var x = new[] { 1.0, -0.5, 0.25, 2.0, -3.0 };
        var g = new[] { 0.7, -1.1, 0.2, 0.0, 2.5 };
        var expected = new NumericalJacobian().Evaluate(
            point =>
            {
                var s = new double[point.Length];
                StablePrimitives.Softmax(point, s);
                return s.Zip(g, (probability, weight) => probability * weight).Sum();
            },
            x);
        var actual = new T[x.Length];
        StablePrimitives.SoftmaxVectorJacobianProduct(Array<T>(x), Array<T>(g), actual);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(expected[i], double.CreateTruncating(actual[i]), typeof(T) == typeof(float) ? 1e-6 : 1e-9);
        }
    }

    [Fact]
    public void BatchIsRowByRowAndMayOverwriteTheLogits()
    {
        var x = Array<T>(0, 1, 2, -1, 5, 5);
        var g = Array<T>(1, 0, 0, 2, -1, 1);
        var expected = new T[6];
        for (var row = 0; row < 2; row++)
        {
            StablePrimitives.SoftmaxVectorJacobianProduct(x.AsSpan(row * 3, 3), g.AsSpan(row * 3, 3), expected.AsSpan(row * 3, 3));
        }

        StablePrimitives.SoftmaxVectorJacobianProduct(x, g, x, 3);
        Assert.Equal(expected, x);
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxVectorJacobianProduct(new T[3], new T[2], new T[3]));
        Assert.Equal("upstreamGradient", error.ParamName);
        Assert.Contains("Length mismatch", error.Message, StringComparison.Ordinal);

        var g = new T[3];
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxVectorJacobianProduct(new T[3], g, g));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("overlaps upstreamGradient", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxVectorJacobianProduct(ReadOnlySpan<T>.Empty, ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("x", error.ParamName);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxVectorJacobianProduct(new T[5], new T[5], new T[5], 2));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("not divisible", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SoftmaxVectorJacobianProductSingleTests : SoftmaxVectorJacobianProductTests<float>;

public sealed class SoftmaxVectorJacobianProductDoubleTests : SoftmaxVectorJacobianProductTests<double>;

using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class SoftmaxJacobianTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // s = (¼, ¾): J = [[¼·¾, −¼·¾], [−¾·¼, ¾·¼]] = ±3/16.
        var jacobian = new T[4];
        StablePrimitives.SoftmaxJacobian(Array<T>(0, Math.Log(3)), jacobian);
        Tolerance.Epsilons(8).AssertClose(3.0 / 16, jacobian[0]);
        Tolerance.Epsilons(8).AssertClose(-3.0 / 16, jacobian[1]);
        Tolerance.Epsilons(8).AssertClose(-3.0 / 16, jacobian[2]);
        Tolerance.Epsilons(8).AssertClose(3.0 / 16, jacobian[3]);

        // One class: softmax is the constant 1, so J = [0].
        StablePrimitives.SoftmaxJacobian(Array<T>(7), jacobian);
        Assert.Equal(T.Zero, jacobian[0]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(40)]
    public void MatchesTheReferenceEntryByEntry(int width)
    {
        var random = new Random(width);
        var x = new T[width];
        for (var i = 0; i < width; i++)
        {
            x[i] = Of<T>((random.NextDouble() * 16) - 8);
        }

        var jacobian = new T[width * width];
        StablePrimitives.SoftmaxJacobian(x, jacobian);
        var s = ExactMath.Softmax(Widen<T>(x)).Select(value => value.ToDoubleDouble()).ToArray();
        for (var i = 0; i < width; i++)
        {
            for (var j = 0; j < width; j++)
            {
                var exact = s[i] * ((i == j ? DoubleDouble.One : DoubleDouble.Zero) - s[j]);
                var shift = Math.Max(Math.Abs(double.CreateTruncating(x[i] - x.Max()!)), Math.Abs(double.CreateTruncating(x[j] - x.Max()!)));
                var error = Ulps.Error(jacobian[(i * width) + j], exact);
                Assert.True(error <= 8 + (2 * shift), $"J[{i},{j}] error {error} ulp");
            }
        }
    }

    [Fact]
    public void ConfidentRowKeepsItsDiagonalAccurate()
    {
        // s₀ = 1/(1 + e^(−20)) rounds to 1 in float; J₀₀ = s₀·s₁ = e^(−20)/(1 + e^(−20))² = 2.0611536139418e-9.
        var jacobian = new T[4];
        StablePrimitives.SoftmaxJacobian(Array<T>(20, 0), jacobian);
        var exact = Math.Exp(-20) / Math.Pow(1 + Math.Exp(-20), 2);
        Tolerance.Epsilons(4).AssertClose(exact, jacobian[0]);
        Tolerance.Epsilons(4).AssertClose(exact, jacobian[3]);
        Tolerance.Epsilons(4).AssertClose(-exact, jacobian[1]);
    }

    [Fact]
    public void AgreesWithAFiniteDifferenceJacobian()
    {
        // Witness: MathNet differentiates the double softmax component by component.
        var x = new[] { 0.3, -1.2, 2.0, 0.7 };
        var jacobian = new T[16];
        StablePrimitives.SoftmaxJacobian(Array<T>(x), jacobian);
        var numerical = new NumericalJacobian();
        for (var i = 0; i < x.Length; i++)
        {
            var component = i;
            var gradient = numerical.Evaluate(point => SoftmaxComponent(point, component), x);
            for (var j = 0; j < x.Length; j++)
            {
                Assert.Equal(gradient[j], double.CreateTruncating(jacobian[(i * x.Length) + j]), typeof(T) == typeof(float) ? 1e-6 : 1e-9);
            }
        }

        static double SoftmaxComponent(double[] point, int component)
        {
            var s = new double[point.Length];
            StablePrimitives.Softmax(point, s);
            return s[component];
        }
    }

    [Fact]
    public void BatchIsRowByRow()
    {
        var batch = Array<T>(0, Math.Log(3), 1, 1, -5, 5);
        var jacobians = new T[12];
        StablePrimitives.SoftmaxJacobian(batch, jacobians, 2);
        for (var row = 0; row < 3; row++)
        {
            var single = new T[4];
            StablePrimitives.SoftmaxJacobian(batch.AsSpan(row * 2, 2), single);
            Assert.Equal(single, jacobians[(row * 4)..((row + 1) * 4)]);
        }
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxJacobian(new T[3], new T[8]));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("9 elements are required", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxJacobian(new T[6], new T[100], 4));
        Assert.Equal("x", error.ParamName);

        var buffer = new T[9];
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxJacobian(buffer.AsSpan(0, 3), buffer));
        Assert.Equal("destination", error.ParamName);
        Assert.Contains("overlaps x", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SoftmaxJacobian(ReadOnlySpan<T>.Empty, buffer));
        Assert.Equal("x", error.ParamName);
    }
}

public sealed class SoftmaxJacobianSingleTests : SoftmaxJacobianTests<float>;

public sealed class SoftmaxJacobianDoubleTests : SoftmaxJacobianTests<double>;

using MathNet.Numerics.Differentiation;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The third witness: derivatives by five-point central differences (MathNet), which know nothing of
/// the formulas. Accurate to about 1e-9 where the function is smooth on the scale of its inputs.
/// </summary>
internal static class FiniteDifferences
{
    /// <summary>∂fᵢ/∂xⱼ, row-major (i slowest), of a vector function with <paramref name="outputs"/> components.</summary>
    public static double[] Jacobian(Func<double[], double[]> f, int outputs, double[] x)
    {
        var components = Enumerable.Range(0, outputs).Select(i => (Func<double[], double>)(point => f(point)[i])).ToArray();
        var matrix = new NumericalJacobian(5, 2).Evaluate(components, x);
        return [.. Enumerable.Range(0, outputs).SelectMany(i => Enumerable.Range(0, x.Length).Select(j => matrix[i, j]))];
    }

    /// <summary>∇f.</summary>
    public static double[] Gradient(Func<double[], double> f, double[] x) => new NumericalJacobian(5, 2).Evaluate(f, x);

    /// <summary>f′(x).</summary>
    public static double Derivative(Func<double, double> f, double x) => new NumericalDerivative(5, 2).EvaluateDerivative(f, x, 1);
}

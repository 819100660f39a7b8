using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Laws.Generators;
using Verification.Numerics;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The softmax results of the catalog, compiled from their claim text, agree with the Numerics
/// kernels on generated logits (n = 2..16, every hazard of <see cref="LogitKind"/>), and with
/// central differences where those are accurate. FsCheck prints the seed of a failing run; pass it
/// back as <c>Replay</c> to reproduce.
/// </summary>
public class SoftmaxDerivationProperties(CompiledSoftmaxResultsFixture compiled)
{
    // Kernel and compiled formula both evaluate s with a few ulp of error; the derived quantities are
    // bounded by 1 (times |g| or |x|² where those enter), so an absolute 1e-12 is dozens of ulp.
    private const double KernelTolerance = 1e-12;

    // Five-point central differences on ordinary logits: truncation and rounding near 1e-10.
    private const double FiniteDifferenceTolerance = 1e-7;

    [Property(MaxTest = 150)]
    public Property JacobianAgreesWithKernelAndFiniteDifferences() =>
        Prop.ForAll(Generators.Logits.ToArbitrary(), input =>
        {
            var n = input.N;
            var formula = compiled.For(n).Jacobian(input.Z);
            var kernel = new double[n * n];
            Activations.SoftmaxJacobian(input.Z, kernel);
            var check = new Agreement()
                .Classify(!formula.All(double.IsFinite), "compiled formula not finite: skipped")
                .Classify(true, input.Kind.ToString());
            if (formula.All(double.IsFinite))
            {
                check.Near("sᵢ(δᵢⱼ − sⱼ) vs SoftmaxJacobian", formula, kernel, KernelTolerance);
            }

            if (input.AllowsFiniteDifferences)
            {
                check.Near("sᵢ(δᵢⱼ − sⱼ) vs central differences", formula, FiniteDifferences.Jacobian(Softmax, n, input.Z), FiniteDifferenceTolerance);
            }

            return check.ToProperty(input);
        });

    [Property(MaxTest = 150)]
    public Property VectorJacobianProductAgreesWithKernelAndJacobian() =>
        Prop.ForAll(LogitsWithVector().ToArbitrary(), pair =>
        {
            var (input, g) = pair;
            var n = input.N;
            var formula = compiled.For(n).VectorJacobianProduct([.. input.Z, .. g]);
            var kernel = new double[n];
            Activations.SoftmaxVectorJacobianProduct(input.Z, g, kernel);
            var jacobian = new double[n * n];
            Activations.SoftmaxJacobian(input.Z, jacobian);
            var check = new Agreement()
                .Near("s ⊙ (g − ⟨s, g⟩) vs SoftmaxVectorJacobianProduct", formula, kernel, KernelTolerance * 20)
                .Near("s ⊙ (g − ⟨s, g⟩) vs Jᵀg from SoftmaxJacobian", formula, TransposeTimes(jacobian, g), KernelTolerance * 20 * n);
            if (input.AllowsFiniteDifferences)
            {
                var numeric = FiniteDifferences.Jacobian(Softmax, n, input.Z);
                check.Near("s ⊙ (g − ⟨s, g⟩) vs Jᵀg from central differences", formula, TransposeTimes(numeric, g), FiniteDifferenceTolerance * 20 * n);
            }

            return check.Classify(true, input.Kind.ToString()).ToProperty($"{input} g=[{string.Join(", ", g)}]");
        });

    [Property(MaxTest = 150)]
    public Property QuadraticFormIsTheVarianceAndNonNegative() =>
        Prop.ForAll(LogitsWithVector().ToArbitrary(), pair =>
        {
            var (input, x) = pair;
            var n = input.N;
            var results = compiled.For(n);
            var variance = results.QuadraticFormAsVariance([.. input.Z, .. x]);
            var quadratic = results.QuadraticForm([.. input.Z, .. x]);
            var jacobian = new double[n * n];
            Activations.SoftmaxJacobian(input.Z, jacobian);
            var kernelQuadratic = Dot(x, Times(jacobian, x));

            // Σ sᵢ(xᵢ − m)² is a sum of non-negative floating-point terms: ≥ 0 exactly, not just nearly.
            var check = new Agreement()
                .That($"variance form {variance:R} is negative", variance >= 0)
                .Near("xᵀJx (SoftmaxJacobian) vs variance form", variance, kernelQuadratic, 1e-9)
                .Classify(true, input.Kind.ToString());

            // The left side differentiates e^(zᵢ)/S symbolically into quotients such as e^(zᵢ)e^(zⱼ)/S²,
            // which overflow to ∞/∞ for large logits; compare it only where it is finite.
            return (double.IsFinite(quadratic)
                    ? check.Near("xᵀJx (symbolic J) vs variance form", variance, quadratic, 1e-9)
                    : check.Classify(true, "symbolic xᵀJx not finite: skipped"))
                .ToProperty($"{input} x=[{string.Join(", ", x)}]");
        });

    [Property(MaxTest = 150)]
    public Property SubtractingAnyShiftLeavesSoftmaxUnchanged() =>
        Prop.ForAll(LogitsWithShift().ToArbitrary(), pair =>
        {
            var (input, c) = pair;
            var n = input.N;
            var shifted = compiled.For(n).ShiftedSoftmax([.. input.Z, c]);
            var original = Softmax(input.Z);
            var kernelShifted = Softmax([.. input.Z.Select(v => v - c)]);

            // Forming zₖ − c rounds by up to ulp(|zₖ| + |c|); softmax passes that on as an absolute error
            // in each component (∂sᵢ/∂zₖ is at most 1/4 in size).
            var tolerance = 1e-14 + (4e-16 * (input.Z.Max(Math.Abs) + Math.Abs(c)));
            return new Agreement()
                .Near("softmax(z − c) compiled vs Softmax(z)", original, shifted, tolerance)
                .Near("Softmax(z − c) vs Softmax(z)", original, kernelShifted, tolerance)
                .Classify(c == input.Z.Max(), "c = max z (the max trick)")
                .Classify(true, input.Kind.ToString())
                .ToProperty($"{input} c={c:R}");
        });

    private static double[] Softmax(double[] z)
    {
        var s = new double[z.Length];
        Activations.Softmax(z, s);
        return s;
    }

    private static Gen<(LogitCase, double[])> LogitsWithVector() =>
        from input in Generators.Logits
        from vector in Gen.ArrayOf(LabelledLogits.Ordinary, input.N)
        select (input, vector);

    private static Gen<(LogitCase, double)> LogitsWithShift() =>
        from input in Generators.Logits
        from c in Gen.OneOf(Gen.Constant(input.Z.Max()), LabelledLogits.Ordinary, LabelledLogits.OnGrid(-1e6, 1e6))
        select (input, c);

    private static double[] TransposeTimes(double[] matrix, double[] g)
    {
        var n = g.Length;
        return [.. Enumerable.Range(0, n).Select(j => Enumerable.Range(0, n).Sum(i => g[i] * matrix[(i * n) + j]))];
    }

    private static double[] Times(double[] matrix, double[] x)
    {
        var n = x.Length;
        return [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => matrix[(i * n) + j] * x[j]))];
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (u, v) => u * v).Sum();
}

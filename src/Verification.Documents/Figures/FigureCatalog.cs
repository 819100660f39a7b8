using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using Verification.Derivations.Entries;
using Verification.Numerics;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Expressions;

namespace Verification.Documents.Figures;

/// <summary>
/// The figures of the documents, where a picture helps: σ with its derivative, two-class softmax
/// on top of σ(z₀ − z₁), and the error of the textbook softmax against ours over the input range.
/// Curves come from our kernels and from formulas compiled out of the catalog, never from data
/// typed in.
/// </summary>
internal static class FigureCatalog
{
    private static readonly OxyColor Blue = OxyColor.FromRgb(0x1f, 0x77, 0xb4);
    private static readonly OxyColor Orange = OxyColor.FromRgb(0xff, 0x7f, 0x0e);
    private static readonly OxyColor Green = OxyColor.FromRgb(0x2c, 0xa0, 0x2c);

    /// <summary>The figures shown in a family's document, in order.</summary>
    public static IReadOnlyList<Figure> For(TheoremFamily family, Derivation sigmoidDerivative) => family switch
    {
        TheoremFamily.Sigmoid => [SigmoidAndDerivative(sigmoidDerivative)],
        TheoremFamily.Softmax => [NaiveVersusStableSoftmax()],
        TheoremFamily.Relatives => [TanhIsRescaledSigmoid(), SiluAndDerivative()],
        TheoremFamily.Equivalence => [TwoClassSoftmaxIsSigmoid()],
        _ => [],
    };

    /// <summary>σ from our kernel and σ′ compiled from the derivation's right-hand side σ(x)(1 − σ(x)).</summary>
    public static Figure SigmoidAndDerivative(Derivation sigmoidDerivative)
    {
        ArgumentNullException.ThrowIfNull(sigmoidDerivative);
        var derivative = ExprCompiler.Compile(sigmoidDerivative.Statement.Right, [new Symbol("x")]);
        var xs = SvgPlot.Range(-8, 8, 160).ToList();
        var model = SvgPlot.Model("σ(x) and σ′(x) = σ(x)(1 − σ(x))", "x", "value");
        model.Series.Add(SvgPlot.Line("σ(x), Activations.Sigmoid", xs.Select(x => (x, Sigmoid(x))), Blue));
        model.Series.Add(SvgPlot.Line("σ′(x), the derived formula compiled", xs.Select(x => (x, derivative([x]))), Orange));
        return new Figure(
            "sigmoid-and-derivative.svg",
            "σ and its derivative",
            "σ rises from 0 to 1; its derivative σ(1 − σ) peaks at 1/4 at x = 0 and vanishes in both tails (the vanishing gradient of a saturated sigmoid).",
            SvgPlot.Export(model));
    }

    /// <summary>Both sides of the catalog's tanh(x) = 2σ(2x) − 1, each compiled: tanh as a line, 2σ(2x) − 1 as markers on it.</summary>
    public static Figure TanhIsRescaledSigmoid()
    {
        var statement = ((Derivation)Derivations.Catalog.Get("tanh-as-sigmoid")).Statement;
        var tanh = ExprCompiler.Compile(statement.Left, [new Symbol("x")]);
        var rescaled = ExprCompiler.Compile(statement.Right, [new Symbol("x")]);
        var model = SvgPlot.Model("tanh(x) against 2σ(2x) − 1", "x", "value");
        model.Series.Add(SvgPlot.Line("tanh(x)", SvgPlot.Range(-4, 4, 160).Select(x => (x, tanh([x]))), Blue));
        model.Series.Add(SvgPlot.Line("σ(x), for scale", SvgPlot.Range(-4, 4, 160).Select(x => (x, Sigmoid(x))), Green, LineStyle.Dash));
        model.Series.Add(SvgPlot.Markers("2σ(2x) − 1", SvgPlot.Range(-4, 4, 20).Select(x => (x, rescaled([x]))), Orange, MarkerType.Circle));
        return new Figure(
            "tanh-vs-rescaled-sigmoid.svg",
            "tanh is the sigmoid stretched onto (−1, 1)",
            "Every value of 2σ(2x) − 1 lies on tanh: halve the width of σ and stretch its range (0, 1) onto (−1, 1). Both curves are compiled from the two sides of the proved identity.",
            SvgPlot.Export(model));
    }

    /// <summary>SiLU and its derivative σ(1 + x(1 − σ)), both compiled from the catalog's SiLU′ statement.</summary>
    public static Figure SiluAndDerivative()
    {
        var statement = ((Derivation)Derivations.Catalog.Get("silu-derivative")).Statement;
        var x = new Symbol("x");
        var silu = ExprCompiler.Compile(new Activation(ActivationFunction.Silu, x), [x]);
        var derivative = ExprCompiler.Compile(statement.Right, [x]);
        var xs = SvgPlot.Range(-6, 6, 160).ToList();
        var model = SvgPlot.Model("SiLU(x) = x·σ(x) and its derivative", "x", "value");
        model.Series.Add(SvgPlot.Line("SiLU(x)", xs.Select(v => (v, silu([v]))), Blue));
        model.Series.Add(SvgPlot.Line("SiLU′(x) = σ(x)(1 + x(1 − σ(x)))", xs.Select(v => (v, derivative([v]))), Orange));
        return new Figure(
            "silu-and-derivative.svg",
            "SiLU and its derivative",
            "Unlike σ, SiLU is not monotone: it dips to about −0.28 near x = −1.28, where its derivative crosses zero, and its derivative overshoots 1 (about 1.1 near x = 2.4) before settling to 1.",
            SvgPlot.Export(model));
    }

    /// <summary>σ(d) as a line, and softmax([d + c, c])₀ for two shifts c as markers on it.</summary>
    public static Figure TwoClassSoftmaxIsSigmoid()
    {
        var model = SvgPlot.Model("softmax([z₀, z₁])₀ against σ(z₀ − z₁)", "z₀ − z₁", "probability of class 0");
        model.Series.Add(SvgPlot.Line("σ(z₀ − z₁)", SvgPlot.Range(-8, 8, 160).Select(d => (d, Sigmoid(d))), Blue));
        model.Series.Add(SvgPlot.Markers("softmax, z₁ = 0", SvgPlot.Range(-8, 8, 16).Select(d => (d, Softmax2(d, 0))), Orange, MarkerType.Circle));
        model.Series.Add(SvgPlot.Markers("softmax, z₁ = 500", SvgPlot.Range(-7.5, 7.5, 15).Select(d => (d, Softmax2(d + 500, 500))), Green, MarkerType.Diamond));
        return new Figure(
            "softmax2-vs-sigmoid.svg",
            "two-class softmax equals the sigmoid of the logit difference",
            "Every two-class softmax value lies on the sigmoid of the logit difference, whatever the common shift (z₁ = 0 or z₁ = 500).",
            SvgPlot.Export(model));
    }

    /// <summary>
    /// The worst error of float softmax on [t, t + 1, t + 2] against double: the textbook formula
    /// breaks (NaN, drawn at 1) once e^t overflows or underflows; the max-shifted kernel does not.
    /// </summary>
    public static Figure NaiveVersusStableSoftmax()
    {
        const double NotANumber = 1;
        var ts = SvgPlot.Range(-120, 120, 240).ToList();
        var model = SvgPlot.Model(
            "float softmax of [t, t + 1, t + 2] against double",
            "t",
            "max |sᵢ − reference| (NaN drawn at 1)",
            new LogarithmicAxis { Minimum = 1e-10, Maximum = 10 },
            LegendPosition.TopCenter);
        model.Series.Add(SvgPlot.Line("textbook e^(xᵢ)/Σ e^(xⱼ)", ts.Select(t => (t, ErrorOrOne(NaiveFloat(t), t))), Orange));
        model.Series.Add(SvgPlot.Line("ours (max-shifted), Activations.Softmax", ts.Select(t => (t, ErrorOrOne(StableFloat(t), t))), Blue, LineStyle.Dash));
        return new Figure(
            "naive-vs-stable-softmax-error.svg",
            "error of the textbook softmax against the max-shifted one",
            "In float the textbook formula overflows to ∞/∞ = NaN above t ≈ 86; below t ≈ −87 its exponentials go subnormal and lose digits, until they underflow to 0/0 = NaN below t ≈ −104. Subtracting the maximum keeps the error at the level of float rounding over the whole range (the same for every t, since the shifted logits are always [−2, −1, 0]).",
            SvgPlot.Export(model));

        double ErrorOrOne(float[] values, double t)
        {
            var reference = new double[3];
            Activations.Softmax([t, t + 1, t + 2], reference);
            var worst = values.Select((v, i) => Math.Abs(v - reference[i])).Max();
            return double.IsNaN(worst) || worst > NotANumber ? NotANumber : Math.Max(worst, 1e-10);
        }
    }

    private static double Sigmoid(double x)
    {
        var result = new double[1];
        Activations.Sigmoid([x], result);
        return result[0];
    }

    private static double Softmax2(double z0, double z1)
    {
        var result = new double[2];
        Activations.Softmax([z0, z1], result);
        return result[0];
    }

    private static float[] StableFloat(double t)
    {
        var result = new float[3];
        Activations.Softmax([(float)t, (float)(t + 1), (float)(t + 2)], result);
        return result;
    }

    /// <summary>The textbook formula, deliberately without the max shift.</summary>
    private static float[] NaiveFloat(double t)
    {
        float[] x = [(float)t, (float)(t + 1), (float)(t + 2)];
        var sum = x.Sum(MathF.Exp);
        return [.. x.Select(v => MathF.Exp(v) / sum)];
    }
}

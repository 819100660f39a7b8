using System.Collections.Immutable;
using Verification.Symbolic.Compilation;

namespace Verification.Symbolic.Expressions;

/// <summary>
/// A relative of the sigmoid: its name in claims and in LaTeX, its elementary definition (what the
/// engine reasons from), a stable form in nodes the evaluators already evaluate without overflow,
/// and a stable double implementation for compiled code. Compared by reference: the instances are
/// the rows of <see cref="All"/>.
/// </summary>
public sealed class ActivationFunction
{
    private ActivationFunction(string name, string latexName, string description, Func<Expr, Expr> definition, Func<Expr, Expr> stableForm, Func<double, double> stable)
    {
        Name = name;
        LatexName = latexName;
        Description = description;
        Definition = definition;
        StableForm = stableForm;
        Stable = stable;
    }

    /// <summary>tanh(u) = (e^u − e^(−u)) / (e^u + e^(−u)); tanh(u) = 2σ(2u) − 1 is a theorem, not the definition.</summary>
    public static ActivationFunction Tanh { get; } = new(
        "tanh",
        "\\tanh",
        "the hyperbolic tangent",
        static u => new Divide(new Subtract(new Exp(u), new Exp(new Negate(u))), new Add(new Exp(u), new Exp(new Negate(u)))),

        // 2σ(2u) − 1: no e^|u| is ever formed.
        static u => new Subtract(new Multiply(2, new Sigmoid(new Multiply(2, u))), 1),
        StableMath.Tanh);

    /// <summary>softplus(u) = log(1 + e^u); its derivative is σ(u) (a theorem).</summary>
    public static ActivationFunction Softplus { get; } = new(
        "softplus",
        "\\operatorname{softplus}",
        "softplus",
        static u => new Log(new Add(1, new Exp(u))),

        // log(1 + e^u) = −log σ(−u): σ keeps the relative precision of a tiny σ(−u) for large u.
        static u => new Negate(new Log(new Sigmoid(new Negate(u)))),
        StableMath.Softplus);

    /// <summary>log_sigmoid(u) = log σ(u); log σ(u) = −softplus(−u) is a theorem.</summary>
    public static ActivationFunction LogSigmoid { get; } = new(
        "log_sigmoid",
        "\\log\\sigma",
        "the log-sigmoid",
        static u => new Log(new Sigmoid(u)),
        static u => new Log(new Sigmoid(u)),
        StableMath.LogSigmoid);

    /// <summary>silu(u) = u·σ(u) (also called swish); silu′(u) = σ(u)(1 + u(1 − σ(u))) is a theorem.</summary>
    public static ActivationFunction Silu { get; } = new(
        "silu",
        "\\operatorname{SiLU}",
        "SiLU (swish)",
        static u => new Multiply(u, new Sigmoid(u)),
        static u => new Multiply(u, new Sigmoid(u)),
        StableMath.Silu);

    /// <summary>Every relative, in the order the claim language lists them.</summary>
    public static ImmutableArray<ActivationFunction> All { get; } = [Tanh, Softplus, LogSigmoid, Silu];

    /// <summary>The name in claims: <c>tanh</c>, <c>softplus</c>, <c>log_sigmoid</c>, <c>silu</c>.</summary>
    public string Name { get; }

    /// <summary>The LaTeX operator name.</summary>
    public string LatexName { get; }

    /// <summary>What it is called in prose ("definition of …" steps).</summary>
    public string Description { get; }

    /// <summary>The elementary definition, one level deep: exp, log, σ and arithmetic of the argument.</summary>
    public Func<Expr, Expr> Definition { get; }

    /// <summary>
    /// The same function written with nodes the evaluators evaluate stably (σ, log, arithmetic):
    /// what the witness search evaluates, so that a large argument does not overflow e^u.
    /// </summary>
    public Func<Expr, Expr> StableForm { get; }

    /// <summary>A stable double implementation, called by compiled expressions.</summary>
    public Func<double, double> Stable { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

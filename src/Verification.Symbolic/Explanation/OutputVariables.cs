using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// The outputs an expression can be written in: σ(u) for each sigmoid argument u, and the components
/// s_k = softmax(z, k) of each softmax vector z, each named by an atom that no symbol of a claim can
/// have (it holds '#'), with the canonical polynomial of its argument (the exponent it stands for).
/// </summary>
/// <remarks>
/// The substitutions are e^u = σ(u)/(1 − σ(u)) and e^(z_k) = s_k·S with S = Σ_k e^(z_k): both are
/// identities, so a form built with them is still decided against the original, never trusted.
/// </remarks>
internal sealed class OutputVariables
{
    /// <summary>The prefix of the atom of 1 − a, for an output atom a.</summary>
    public const string ComplementPrefix = "~";

    private readonly Dictionary<string, Expr> outputs = new(StringComparer.Ordinal);

    private OutputVariables()
    {
    }

    /// <summary>σ(u) for every sigmoid argument met, in order of appearance.</summary>
    public List<SigmoidOutput> Sigmoids { get; } = [];

    /// <summary>Every softmax vector met, in order of appearance.</summary>
    public List<SoftmaxOutputs> Softmaxes { get; } = [];

    public bool IsEmpty => Sigmoids.Count == 0 && Softmaxes.Count == 0;

    /// <summary>True when the expression names no output and σ(u) was guessed from its exponentials e^(±u).</summary>
    public bool GuessedFromExponentials { get; private set; }

    /// <summary>True for the atoms that stand for outputs (σ(u), s_k, their complements, S).</summary>
    public static bool IsOutputAtom(string atom) => atom.Contains('#', StringComparison.Ordinal);

    /// <summary>
    /// The outputs named in <paramref name="expression"/> (σ, bce → σ; softmax, log_softmax, logsumexp,
    /// cross_entropy → the softmax of their logits); when there are none, σ(u) for every e^(±u) in it,
    /// so that a hand-written 1/(1 + e^(−x)) is recognised as σ(x). Arguments that are not polynomials
    /// (σ(σ(x))) are skipped: no substitution of exponentials can reach them.
    /// </summary>
    public static OutputVariables Find(Expr expression, CanonicalContext context)
    {
        var found = new OutputVariables();
        foreach (var node in ExprTraversal.PreOrder(expression))
        {
            if (SigmoidArgument(node) is { } u)
            {
                found.AddSigmoid(u, context);
            }
            else if (SoftmaxLogits(node) is { } z)
            {
                found.AddSoftmax(z, context);
            }
        }

        if (found.IsEmpty)
        {
            found.GuessedFromExponentials = true;
            foreach (var node in ExprTraversal.PreOrder(expression))
            {
                if (node is Exp(var u))
                {
                    found.AddSigmoid(u is Negate(var inner) ? inner : u, context);
                }
            }
        }

        return found;
    }

    /// <summary>The u of a node written in σ(u): σ(u) itself, and bce(u, t) = −t·log σ(u) − (1 − t)·log(1 − σ(u)).</summary>
    private static Expr? SigmoidArgument(Expr node) => node switch
    {
        Sigmoid(var u) => u,
        BinaryCrossEntropy(var u, _) => u,
        _ => null,
    };

    /// <summary>The logits z of a node written in softmax(z): softmax, log_softmax, logsumexp and cross_entropy.</summary>
    private static ExprList? SoftmaxLogits(Expr node) => node switch
    {
        Softmax(var z, _) => z,
        LogSoftmax(var z, _) => z,
        LogSumExp(var z) => z,
        CrossEntropy(var z, _) => z,
        _ => null,
    };

    /// <summary>The expression an output atom (or its complement 1 − a) stands for; a plain symbol otherwise.</summary>
    public Expr ExpressionOf(string atom) =>
        atom.StartsWith(ComplementPrefix, StringComparison.Ordinal)
            ? new Subtract(Constant.One, ExpressionOf(atom[ComplementPrefix.Length..]))
            : outputs.TryGetValue(atom, out var output) ? output : new Symbol(atom);

    private void AddSigmoid(Expr argument, CanonicalContext context)
    {
        if (Sigmoids.Any(s => s.Argument == argument) || ExponentOf(argument, context) is not { } exponent
            || Sigmoids.Any(s => s.Exponent.Equals(exponent) || s.Exponent.Equals(exponent.Negate())))
        {
            return;
        }

        var output = new SigmoidOutput(argument, exponent, $"σ#{Sigmoids.Count}");
        Sigmoids.Add(output);
        outputs[output.Atom] = new Sigmoid(argument);
    }

    private void AddSoftmax(ExprList logits, CanonicalContext context)
    {
        if (Softmaxes.Any(s => s.Logits.Equals(logits)))
        {
            return;
        }

        var exponents = new List<Polynomial>(logits.Count);
        foreach (var logit in logits)
        {
            if (ExponentOf(logit, context) is not { } exponent)
            {
                return;
            }

            exponents.Add(exponent);
        }

        var group = Softmaxes.Count;
        var output = new SoftmaxOutputs(logits, [.. exponents], [.. Enumerable.Range(0, logits.Count).Select(k => $"s#{group}.{k}")], $"S#{group}");
        Softmaxes.Add(output);
        for (var k = 0; k < logits.Count; k++)
        {
            outputs[output.Atoms[k]] = new Softmax(logits, k);
        }
    }

    // The argument as a polynomial in the symbols, or null when it is not one (or leaves the fragment).
    internal static Polynomial? ExponentOf(Expr argument, CanonicalContext context)
    {
        try
        {
            var form = Canonicalizer.ToCanonical(argument, context);
            return form.Factors.IsEmpty && form.Coefficient.IsPolynomial && !form.Coefficient.Atoms.Any(CanonicalContext.IsLogAtom)
                ? form.Coefficient.ToPolynomial()
                : null;
        }
        catch (Exception e) when (e is OutsideFragmentException or WorkLimitExceededException)
        {
            return null;
        }
    }
}

/// <summary>σ(<paramref name="Argument"/>), whose exponent e^(Exponent) is σ/(1 − σ).</summary>
internal sealed record SigmoidOutput(Expr Argument, Polynomial Exponent, string Atom)
{
    public string ComplementAtom => OutputVariables.ComplementPrefix + Atom;
}

/// <summary>The components s_k = softmax(Logits, k), with e^(Exponents[k]) = s_k·S (S named <paramref name="SumAtom"/>).</summary>
internal sealed record SoftmaxOutputs(ExprList Logits, IReadOnlyList<Polynomial> Exponents, IReadOnlyList<string> Atoms, string SumAtom)
{
    /// <summary>S = Σ_k e^(z_k), written as the softmax definition writes it.</summary>
    public Expr Sum => ExprBuilder.Sum(Logits.Select(static z => (Expr)new Exp(z)));
}

using System.Collections.Immutable;
using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// Replaces the exponentials of a canonical form by outputs: e^u = σ/(1 − σ) for a σ argument u and
/// e^(z_k) = s_k·S for a softmax logit z_k (S = Σ e^(z_k)), term by term.
/// </summary>
/// <remarks>
/// A softmax component's derivatives are homogeneous of degree 0 in the e^(z_k), so every factor
/// carries a single power of S and the powers cancel over the whole form (the method); when
/// they do not, the expression is not a function of the outputs and there is no output form.
/// </remarks>
internal sealed class OutputSubstitution
{
    private readonly OutputVariables outputs;
    private readonly ExponentDecomposition decomposition;

    public OutputSubstitution(OutputVariables outputs)
    {
        this.outputs = outputs;
        decomposition = new ExponentDecomposition([.. outputs.Sigmoids.Select(static s => s.Exponent), .. outputs.Softmaxes.SelectMany(static g => g.Exponents)]);
    }

    /// <summary>Why the last <see cref="ToRational"/> gave null.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>
    /// The form with each e^p written in outputs but nothing cancelled yet: the line "recognise σ / s_k"
    /// of an explanation. Null when some exponent is not a combination of the outputs' arguments.
    /// </summary>
    public Expr? SubstitutedExpression(CanonicalForm form)
    {
        var numerator = Sum(form.Coefficient);
        if (numerator is null)
        {
            return null;
        }

        Expr? denominator = null;
        foreach (var factor in form.Factors)
        {
            if (Sum(factor.Factor) is not { } sum)
            {
                return null;
            }

            var power = ExprBuilder.Power(sum, Math.Abs(factor.Power));
            if (factor.Power > 0)
            {
                numerator = ExprBuilder.Multiply(numerator, power);
            }
            else
            {
                denominator = denominator is null ? power : ExprBuilder.Multiply(denominator, power);
            }
        }

        return denominator is null ? numerator : ExprBuilder.Divide(numerator, denominator);
    }

    /// <summary>
    /// <paramref name="expression"/> (a tree, e.g. the derivative as the rules left it) with every
    /// e^u replaced by its outputs, the rest untouched: the textbook line "substitute e^(z_k) = s_k·S".
    /// Null when some exponential is not a combination of the outputs' arguments.
    /// </summary>
    public Expr? SubstitutedTree(Expr expression, CanonicalContext context)
    {
        if (expression is Exp(var argument))
        {
            return OutputVariables.ExponentOf(argument, context) is { } exponent && decomposition.Solve(exponent) is { } multipliers
                ? Product(multipliers)
                : null;
        }

        var failed = false;
        var result = ExprTraversal.MapChildren(expression, child =>
        {
            var substituted = failed ? null : SubstitutedTree(child, context);
            failed |= substituted is null;
            return substituted ?? child;
        });
        return failed ? null : result;
    }

    /// <summary>The form as a rational function of the outputs with S cancelled, or null (see <see cref="FailureReason"/>).</summary>
    public OutputRational? ToRational(CanonicalForm form)
    {
        FailureReason = null;
        var unit = new Dictionary<string, int>(StringComparer.Ordinal);
        var factors = ImmutableArray.CreateBuilder<OutputFactor>();
        foreach (var (value, power) in form.Factors.Select(static f => (f.Factor, f.Power)).Prepend((form.Coefficient, 1)))
        {
            if (Split(value) is not var (common, rest))
            {
                return null;
            }

            foreach (var (atom, exponent) in common)
            {
                unit[atom] = unit.GetValueOrDefault(atom) + (exponent * power);
            }

            factors.Add(new OutputFactor(rest, power));
        }

        foreach (var group in outputs.Softmaxes)
        {
            if (unit.GetValueOrDefault(group.SumAtom) != 0)
            {
                FailureReason = $"the softmax denominator S = Σ e^(z_k) of {group.Logits} does not cancel (the expression is not homogeneous of degree 0 in the e^(z_k)), so it is not a function of the softmax outputs";
                return null;
            }

            unit.Remove(group.SumAtom);
        }

        return new OutputRational(Fraction.One, unit.Where(static p => p.Value != 0).ToImmutableSortedDictionary(StringComparer.Ordinal), factors.ToImmutable());
    }

    // Σ c·m·e^p with each e^p replaced: e^u → (σ/(1 − σ))^n, e^(z_k) → (s_k·S)^n.
    private Expr? Sum(ExpPolynomial value)
    {
        var terms = new List<Expr>(value.Terms.Length);
        foreach (var term in value.Terms)
        {
            if (decomposition.Solve(term.Exponent) is not { } multipliers)
            {
                FailureReason = $"the exponential e^({term.Exponent}) is not an integer combination of the outputs' arguments";
                return null;
            }

            var body = ExprBuilder.Multiply(
                term.Monomial.Factors.Aggregate((Expr)Constant.One, (product, f) => ExprBuilder.Multiply(product, ExprBuilder.Power(new Symbol(f.Atom), f.Power))),
                Product(multipliers));
            var magnitude = term.Coefficient.IsNegative ? -term.Coefficient : term.Coefficient;
            var scaled = ExprBuilder.Multiply(new Constant(magnitude), body);
            terms.Add(term.Coefficient.IsNegative ? ExprBuilder.Negate(scaled) : scaled);
        }

        return terms.Count == 0 ? Constant.Zero : terms.Skip(1).Aggregate(terms[0], static (sum, t) => t is Negate n ? ExprBuilder.Subtract(sum, n.Operand) : ExprBuilder.Add(sum, t));
    }

    // e^(Σ n_b·u_b) in outputs: (σ/(1 − σ))^n per sigmoid, Π s_k^(n_k)·S^(Σ n_k) per softmax.
    private Expr Product(int[] multipliers)
    {
        Expr body = Constant.One;
        var b = 0;
        foreach (var sigmoid in outputs.Sigmoids)
        {
            var n = multipliers[b++];
            if (n != 0)
            {
                var sigma = outputs.ExpressionOf(sigmoid.Atom);
                var complement = outputs.ExpressionOf(sigmoid.ComplementAtom);
                var ratio = n > 0 ? ExprBuilder.Divide(sigma, complement) : ExprBuilder.Divide(complement, sigma);
                body = ExprBuilder.Multiply(body, ExprBuilder.Power(ratio, Math.Abs(n)));
            }
        }

        foreach (var group in outputs.Softmaxes)
        {
            var degree = 0;
            foreach (var atom in group.Atoms)
            {
                var n = multipliers[b++];
                degree += n;
                if (n != 0)
                {
                    body = ExprBuilder.Multiply(body, ExprBuilder.Power(outputs.ExpressionOf(atom), n));
                }
            }

            if (degree != 0)
            {
                body = ExprBuilder.Multiply(body, ExprBuilder.Power(group.Sum, degree));
            }
        }

        return body;
    }

    // An exponential polynomial as (common Laurent monomial in the output atoms, polynomial rest), or null.
    private (Dictionary<string, int> Common, Polynomial Remainder)? Split(ExpPolynomial value)
    {
        var terms = new List<(Fraction Coefficient, Monomial Others, Dictionary<string, int> Atoms)>(value.Terms.Length);
        foreach (var term in value.Terms)
        {
            if (term.Monomial.Factors.Any(static f => CanonicalContext.IsLogAtom(f.Atom)))
            {
                FailureReason = "a logarithm remains, which no substitution of exponentials turns into outputs";
                return null;
            }

            if (decomposition.Solve(term.Exponent) is not { } multipliers)
            {
                FailureReason = $"the exponential e^({term.Exponent}) is not an integer combination of the outputs' arguments";
                return null;
            }

            terms.Add((term.Coefficient, term.Monomial, Atoms(multipliers)));
        }

        var common = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var atom in terms.SelectMany(static t => t.Atoms.Keys).Distinct(StringComparer.Ordinal))
        {
            common[atom] = terms.Min(t => t.Atoms.GetValueOrDefault(atom));
        }

        var rest = Polynomial.Zero;
        foreach (var (coefficient, others, atoms) in terms)
        {
            var product = PolynomialAlgebra.Of(coefficient, others);
            foreach (var (atom, minimum) in common)
            {
                var power = atoms.GetValueOrDefault(atom) - minimum;
                if (power == 0)
                {
                    continue;
                }

                if (outputs.Softmaxes.Any(g => g.SumAtom == atom))
                {
                    FailureReason = "the terms carry different powers of the softmax denominator S = Σ e^(z_k), so S does not cancel and the expression is not a function of the softmax outputs";
                    return null;
                }

                var factor = atom.StartsWith(OutputVariables.ComplementPrefix, StringComparison.Ordinal)
                    ? PolynomialAlgebra.Complement(atom[OutputVariables.ComplementPrefix.Length..])
                    : Polynomial.Atom(atom);
                product = product.Multiply(PolynomialAlgebra.Power(factor, power));
            }

            rest = rest.Add(product);
        }

        return (common, rest);
    }

    // The output atoms of e^(Σ n_b·u_b): σ^n·(1 − σ)^(−n) per sigmoid, s_k^n·S^n per softmax logit.
    private Dictionary<string, int> Atoms(int[] multipliers)
    {
        var atoms = new Dictionary<string, int>(StringComparer.Ordinal);
        var b = 0;
        foreach (var sigmoid in outputs.Sigmoids)
        {
            var n = multipliers[b++];
            Add(atoms, sigmoid.Atom, n);
            Add(atoms, sigmoid.ComplementAtom, -n);
        }

        foreach (var group in outputs.Softmaxes)
        {
            foreach (var atom in group.Atoms)
            {
                var n = multipliers[b++];
                Add(atoms, atom, n);
                Add(atoms, group.SumAtom, n);
            }
        }

        return atoms;
    }

    private static void Add(Dictionary<string, int> atoms, string atom, int power)
    {
        if (power != 0)
        {
            atoms[atom] = atoms.GetValueOrDefault(atom) + power;
        }
    }
}

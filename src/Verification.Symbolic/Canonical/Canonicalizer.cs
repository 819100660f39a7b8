using System.Numerics;
using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// Brings an <see cref="Expr"/> to its <see cref="CanonicalForm"/>. Named functions enter through
/// their definitions (σ(u) = 1/(1 + e^(−u)), softmaxᵢ = e^(zᵢ)/Σₖ e^(zₖ), …), never through the
/// theorems about them, and diff(e, x) is computed on the canonical form of e, so a proof of a
/// derivative identity rests only on the definitions and the algebra of exponential polynomials.
/// </summary>
/// <remarks>
/// Named functions are unfolded by <see cref="Definitions.Unfold"/>, the same one statement of each
/// definition the tree <see cref="Differentiator"/> uses; the memo of the context makes a repeated
/// sub-expression (the softmax denominator Σₖ e^(zₖ) of every entry of a Jacobian) cost one lookup.
/// The derivative here (on canonical forms) and the tree differentiator are kept apart on purpose:
/// each checks the other.
/// </remarks>
/// <exception cref="OutsideFragmentException">The expression leaves the fragment (the message says how).</exception>
/// <exception cref="WorkLimitExceededException">The work crossed a limit of <see cref="EngineLimits"/>.</exception>
internal static class Canonicalizer
{
    /// <summary>Trial division bound when splitting log of a rational into logs of primes.</summary>
    private const int TrialDivisionLimit = 100_000;

    public static CanonicalForm ToCanonical(Expr expression, CanonicalContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Memo.TryGetValue(expression, out var known))
        {
            return known;
        }

        var result = Convert(expression, context);
        context.Memo[expression] = result;
        return result;
    }

    private static CanonicalForm Convert(Expr expression, CanonicalContext context) => expression switch
    {
        Constant c => CanonicalForm.Constant(c.Value),
        Symbol s => CanonicalForm.From(ExpPolynomial.Atom(s.Name)),
        Add a => ToCanonical(a.Left, context).Add(ToCanonical(a.Right, context), context),
        Subtract s => ToCanonical(s.Left, context).Subtract(ToCanonical(s.Right, context), context),
        Multiply m => ToCanonical(m.Left, context).Multiply(ToCanonical(m.Right, context), context),
        Divide d => ToCanonical(d.Numerator, context).Divide(ToCanonical(d.Denominator, context), context),
        Negate n => ToCanonical(n.Operand, context).Negate(),
        Power p => ToCanonical(p.Base, context).Power(p.Exponent, context),
        Exp e => Exponential(ToCanonical(e.Argument, context), context),
        Log l => Logarithm(ToCanonical(l.Argument, context), context),

        // σ, softmax, log_softmax, logsumexp, bce, cross_entropy, δ: through their one statement in
        // Definitions, so that "the canonical form comes from the definition" holds by construction.
        _ when Definitions.IsNamedFunction(expression) => ToCanonical(Definitions.Unfold(CheckShape(expression)), context),

        // ∂/∂x computed on the canonical form, through logarithm atoms by the chain rule.
        Derivative d => context.Derivative(ToCanonical(d.Body, context), d.Variable.Name),

        _ => throw new OutsideFragmentException($"no canonical form for {expression.GetType().Name}"),
    };

    // The parser rejects these shapes with a message in the claim's terms; an Expr built in code
    // gets the same answer as any other expression outside the fragment, not an ArgumentException.
    private static Expr CheckShape(Expr namedFunction)
    {
        var (logits, index, targets) = namedFunction switch
        {
            Softmax s => (s.Logits, s.Index, null),
            LogSoftmax l => (l.Logits, l.Index, null),
            LogSumExp l => (l.Logits, 0, null),
            CrossEntropy c => (c.Logits, 0, c.Targets),
            _ => ((ExprList?)null, 0, (ExprList?)null),
        };

        if (logits is null)
        {
            return namedFunction;
        }

        if (logits.Count == 0)
        {
            throw new OutsideFragmentException("softmax of an empty vector");
        }

        if (index < 0 || index >= logits.Count)
        {
            throw new OutsideFragmentException($"index {index} is out of range for a vector of {logits.Count} logits");
        }

        return targets is not null && targets.Count != logits.Count
            ? throw new OutsideFragmentException($"cross_entropy needs as many targets as logits ({targets.Count} ≠ {logits.Count})")
            : namedFunction;
    }

    /// <summary>
    /// e^p for a polynomial p. A term c·log(P) of p with integer c contributes P^c (e^(log P) = P);
    /// anything else that is not a polynomial leaves the fragment.
    /// </summary>
    private static CanonicalForm Exponential(CanonicalForm argument, CanonicalContext context)
    {
        if (argument.Factors.Any(f => f.Power < 0))
        {
            throw new OutsideFragmentException($"exp of a non-polynomial argument: exp({argument})");
        }

        var expanded = argument.ExpandNumerator(context);
        if (!expanded.IsPolynomial)
        {
            throw new OutsideFragmentException($"exp of an argument that contains exp: exp({argument})");
        }

        var polynomial = expanded.ToPolynomial();
        var logFree = new List<PolynomialTerm>();
        var result = CanonicalForm.One;
        foreach (var term in polynomial.Terms)
        {
            var logAtoms = term.Monomial.Factors.Where(f => CanonicalContext.IsLogAtom(f.Atom)).ToList();
            if (logAtoms.Count == 0)
            {
                logFree.Add(term);
                continue;
            }

            if (term.Monomial.Factors.Length != 1 || logAtoms[0].Power != 1 || !term.Coefficient.Denominator.IsOne)
            {
                throw new OutsideFragmentException($"exp of a logarithm that is not an integer multiple: exp({argument})");
            }

            var power = (int)BigInteger.Clamp(term.Coefficient.Numerator, int.MinValue + 1, int.MaxValue);
            result = result.Multiply(context.LogArgument(logAtoms[0].Atom).Power(power, context), context);
        }

        return result.Multiply(CanonicalForm.From(ExpPolynomial.Exponential(Polynomial.FromTerms(logFree))), context);
    }

    /// <summary>
    /// log of a canonical form. When every factor is provably positive, log(c·e^p·ΠF^k) =
    /// log c + p + Σ k·log F (log c split over primes, whose logarithms are linearly independent over ℚ);
    /// otherwise the whole logarithm becomes one atom.
    /// </summary>
    private static CanonicalForm Logarithm(CanonicalForm argument, CanonicalContext context)
    {
        if (argument.IsZero)
        {
            throw new OutsideFragmentException("log of 0 is undefined");
        }

        var (unit, coefficientFactors) = CanonicalForm.Split(argument.Coefficient);
        var factors = argument.Factors.Concat(coefficientFactors).ToList();
        if (!factors.All(f => FactorNormalizer.IsProvablyPositive(f.Factor)))
        {
            return AtomForm(context.LogAtom(argument));
        }

        if (!unit.Coefficient.IsPositive)
        {
            throw new OutsideFragmentException($"log of a negative expression: log({argument})");
        }

        var result = LogarithmOfRational(unit.Coefficient, context)
            .Add(CanonicalForm.From(unit.Exponent), context);
        foreach (var factor in factors)
        {
            var atom = context.LogAtom(CanonicalForm.From(factor.Factor));
            result = result.Add(AtomForm(atom).Scale(factor.Power), context);
        }

        return result;
    }

    private static CanonicalForm LogarithmOfRational(Fraction value, CanonicalContext context)
    {
        var result = CanonicalForm.Zero;
        foreach (var (integer, sign) in new[] { (value.Numerator, 1), (value.Denominator, -1) })
        {
            foreach (var (prime, multiplicity) in PrimeFactors(integer))
            {
                var atom = context.LogAtom(CanonicalForm.Constant(new Fraction(prime)));
                result = result.Add(AtomForm(atom).Scale(sign * multiplicity), context);
            }
        }

        return result;
    }

    /// <summary>Prime factors by trial division; a cofactor beyond the bound is kept whole (still sound: it is just an atom).</summary>
    private static IEnumerable<(BigInteger Prime, int Multiplicity)> PrimeFactors(BigInteger value)
    {
        for (var divisor = 2; divisor <= TrialDivisionLimit && divisor * (BigInteger)divisor <= value; divisor++)
        {
            var multiplicity = 0;
            while (value % divisor == 0)
            {
                value /= divisor;
                multiplicity++;
            }

            if (multiplicity > 0)
            {
                yield return (divisor, multiplicity);
            }
        }

        if (value > 1)
        {
            yield return (value, 1);
        }
    }

    private static CanonicalForm AtomForm(string atom) => CanonicalForm.From(ExpPolynomial.Atom(atom));
}

using System.Collections.Immutable;
using System.Text;
using Fractions;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// A polynomial in atoms with exact rational coefficients, Σ cₖ·mₖ, terms sorted by monomial and
/// never zero. These are the exponents of <see cref="ExpPolynomial"/>: e^(w·x + b) has exponent
/// w·x + b, which is why no split of symbols into variables and parameters is ever needed.
/// </summary>
internal sealed class Polynomial : SortedTerms<Polynomial, PolynomialTerm>
{
    private Polynomial(ImmutableArray<PolynomialTerm> terms)
        : base(terms)
    {
    }

    public static Polynomial Zero { get; } = new([]);

    /// <summary>Non-zero terms in increasing monomial order.</summary>
    public ImmutableArray<PolynomialTerm> Terms => Items;

    public bool IsZero => Terms.IsEmpty;

    /// <summary>True when the polynomial has no atom (it is a rational constant, possibly 0).</summary>
    public bool IsConstant => Terms.IsEmpty || (Terms.Length == 1 && Terms[0].Monomial.IsOne);

    /// <summary>The coefficient of the empty monomial.</summary>
    public Fraction ConstantTerm => !Terms.IsEmpty && Terms[0].Monomial.IsOne ? Terms[0].Coefficient : Fraction.Zero;

    public static Polynomial Constant(Fraction value) => value.IsZero ? Zero : new([new PolynomialTerm(Monomial.One, value)]);

    public static Polynomial Atom(string atom) => new([new PolynomialTerm(Monomial.Of(atom), Fraction.One)]);

    /// <summary>Collects terms, merging equal monomials and dropping zeros.</summary>
    public static Polynomial FromTerms(IEnumerable<PolynomialTerm> terms)
    {
        var merged = new Dictionary<Monomial, Fraction>();
        foreach (var term in terms)
        {
            merged[term.Monomial] = merged.TryGetValue(term.Monomial, out var existing) ? existing + term.Coefficient : term.Coefficient;
        }

        return FromDictionary(merged);
    }

    internal static Polynomial FromDictionary(Dictionary<Monomial, Fraction> terms)
    {
        var list = new List<PolynomialTerm>(terms.Count);
        foreach (var (monomial, coefficient) in terms)
        {
            if (!coefficient.IsZero)
            {
                list.Add(new PolynomialTerm(monomial, coefficient));
            }
        }

        list.Sort(static (a, b) => a.Monomial.CompareTo(b.Monomial));
        return list.Count == 0 ? Zero : new([.. list]);
    }

    public Polynomial Add(Polynomial other)
    {
        if (IsZero)
        {
            return other;
        }

        if (other.IsZero)
        {
            return this;
        }

        // Equal monomials add; zero sums drop.
        var terms = SortedMerge.Merge(
            Terms,
            other.Terms,
            static (a, b) => a.Monomial.CompareTo(b.Monomial),
            static (a, b) => a.Coefficient + b.Coefficient is var sum && sum.IsZero ? null : new PolynomialTerm(a.Monomial, sum));
        return terms.IsEmpty ? Zero : new(terms);
    }

    public Polynomial Negate() => Scale(Fraction.MinusOne);

    public Polynomial Subtract(Polynomial other) => Add(other.Negate());

    public Polynomial Scale(Fraction factor) =>
        factor.IsZero ? Zero : new([.. Terms.Select(t => t with { Coefficient = t.Coefficient * factor })]);

    public Polynomial Multiply(Polynomial other)
    {
        if (IsZero || other.IsZero)
        {
            return Zero;
        }

        var product = new Dictionary<Monomial, Fraction>();
        foreach (var a in Terms)
        {
            foreach (var b in other.Terms)
            {
                var monomial = a.Monomial.Multiply(b.Monomial);
                var coefficient = a.Coefficient * b.Coefficient;
                product[monomial] = product.TryGetValue(monomial, out var existing) ? existing + coefficient : coefficient;
            }
        }

        return FromDictionary(product);
    }

    /// <summary>∂/∂atom, treating every other atom as independent.</summary>
    public Polynomial PartialDerivative(string atom)
    {
        var terms = new List<PolynomialTerm>();
        foreach (var term in Terms)
        {
            var power = term.Monomial.PowerOf(atom);
            if (power > 0)
            {
                terms.Add(new PolynomialTerm(term.Monomial.WithoutOne(atom), term.Coefficient * power));
            }
        }

        return FromTerms(terms);
    }

    public bool ContainsAtom(string atom) => Terms.Any(t => t.Monomial.Contains(atom));

    public IEnumerable<string> Atoms => Terms.SelectMany(t => t.Monomial.Factors.Select(f => f.Atom)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// A total order compatible with addition (p &lt; q ⇒ p + r &lt; q + r): compare coefficients at the
    /// first monomial where they differ. Because of that compatibility, the leading term of an
    /// exponential polynomial stays leading when every exponent is shifted by the same r, which is
    /// what makes factor normalisation unique up to units e^r.
    /// </summary>
    public int CompareTo(Polynomial other)
    {
        int i = 0, j = 0;
        while (i < Terms.Length || j < other.Terms.Length)
        {
            int order = i == Terms.Length ? 1 : j == other.Terms.Length ? -1 : Terms[i].Monomial.CompareTo(other.Terms[j].Monomial);
            if (order < 0)
            {
                // This has a term where the other has coefficient 0.
                return Terms[i].Coefficient.IsPositive ? 1 : -1;
            }

            if (order > 0)
            {
                return other.Terms[j].Coefficient.IsPositive ? -1 : 1;
            }

            var byCoefficient = Terms[i].Coefficient.CompareTo(other.Terms[j].Coefficient);
            if (byCoefficient != 0)
            {
                return byCoefficient;
            }

            i++;
            j++;
        }

        return 0;
    }

    public override string ToString()
    {
        if (IsZero)
        {
            return "0";
        }

        var text = new StringBuilder();
        foreach (var term in Terms)
        {
            CanonicalText.AppendTerm(text, term.Coefficient, term.Monomial.IsOne ? null : term.Monomial.ToString());
        }

        return text.ToString();
    }
}

/// <summary>One term c·m of a <see cref="Polynomial"/>.</summary>
internal readonly record struct PolynomialTerm(Monomial Monomial, Fraction Coefficient);

using System.Collections.Immutable;
using System.Text;
using Fractions;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// An exponential polynomial Σₖ cₖ·mₖ·e^(pₖ): exact rational cₖ, monomial mₖ in the atoms, and
/// polynomial exponent pₖ. Terms with equal (mₖ, pₖ) are merged and zero terms dropped, so the
/// zero function has no terms.
/// </summary>
/// <remarks>
/// Why a formal zero decides: exponentials of polynomials that differ by a non-constant polynomial
/// are linearly independent over the rational functions, and e^r for distinct rationals r are
/// linearly independent over the algebraic numbers (Lindemann–Weierstrass). So an exponential
/// polynomial with at least one term is not the zero function, and one with none is.
/// Terms are sorted by exponent (an order compatible with addition, see
/// <see cref="Polynomial.CompareTo"/>) and then by monomial.
/// </remarks>
internal sealed class ExpPolynomial : SortedTerms<ExpPolynomial, ExpTerm>
{
    private ExpPolynomial(ImmutableArray<ExpTerm> terms)
        : base(terms)
    {
    }

    public static ExpPolynomial Zero { get; } = new([]);

    public static ExpPolynomial One { get; } = Constant(Fraction.One);

    public ImmutableArray<ExpTerm> Terms => Items;

    public bool IsZero => Terms.IsEmpty;

    public bool IsSingleTerm => Terms.Length == 1;

    /// <summary>True when no term has an exponential (every exponent is 0): an ordinary polynomial.</summary>
    public bool IsPolynomial => Terms.All(t => t.Exponent.IsZero);

    public static ExpPolynomial Constant(Fraction value) => value.IsZero ? Zero : new([new ExpTerm(value, Monomial.One, Polynomial.Zero)]);

    public static ExpPolynomial Term(Fraction coefficient, Monomial monomial, Polynomial exponent) =>
        coefficient.IsZero ? Zero : new([new ExpTerm(coefficient, monomial, exponent)]);

    public static ExpPolynomial Atom(string atom) => Term(Fraction.One, Monomial.Of(atom), Polynomial.Zero);

    /// <summary>e^p.</summary>
    public static ExpPolynomial Exponential(Polynomial exponent) => Term(Fraction.One, Monomial.One, exponent);

    /// <summary>The polynomial p as an exponential polynomial with every exponent 0.</summary>
    public static ExpPolynomial FromPolynomial(Polynomial polynomial) =>
        new([.. polynomial.Terms.Select(t => new ExpTerm(t.Coefficient, t.Monomial, Polynomial.Zero))]);

    internal static ExpPolynomial FromDictionary(Dictionary<ExpTermKey, Fraction> terms)
    {
        var list = new List<ExpTerm>(terms.Count);
        foreach (var (key, coefficient) in terms)
        {
            if (!coefficient.IsZero)
            {
                list.Add(new ExpTerm(coefficient, key.Monomial, key.Exponent));
            }
        }

        list.Sort(static (a, b) => CompareKeys(a, b));
        return list.Count == 0 ? Zero : new([.. list]);
    }

    /// <summary>The polynomial this is, when <see cref="IsPolynomial"/>.</summary>
    public Polynomial ToPolynomial()
    {
        if (!IsPolynomial)
        {
            throw new InvalidOperationException("Not a polynomial: it has exponential terms.");
        }

        return Polynomial.FromTerms(Terms.Select(t => new PolynomialTerm(t.Monomial, t.Coefficient)));
    }

    public ExpPolynomial Add(ExpPolynomial other, WorkMeter meter)
    {
        if (IsZero)
        {
            return other;
        }

        if (other.IsZero)
        {
            return this;
        }

        meter.Charge(Terms.Length + other.Terms.Length);
        var terms = SortedMerge.Merge(
            Terms,
            other.Terms,
            CompareKeys,
            static (a, b) => a.Coefficient + b.Coefficient is var sum && sum.IsZero ? null : a with { Coefficient = sum });
        return terms.IsEmpty ? Zero : new(terms);
    }

    public ExpPolynomial Negate() => Scale(Fraction.MinusOne);

    public ExpPolynomial Scale(Fraction factor) =>
        factor.IsZero ? Zero : factor == Fraction.One ? this : new([.. Terms.Select(t => t with { Coefficient = t.Coefficient * factor })]);

    /// <summary>Multiplies by one term c·m·e^p: exponents shift by p, which keeps the sort order.</summary>
    public ExpPolynomial MultiplyByTerm(ExpTerm factor)
    {
        if (factor.Monomial.IsOne && factor.Exponent.IsZero)
        {
            return Scale(factor.Coefficient);
        }

        var shifted = Terms.Select(t => new ExpTerm(t.Coefficient * factor.Coefficient, t.Monomial.Multiply(factor.Monomial), t.Exponent.Add(factor.Exponent))).ToList();
        if (!factor.Monomial.IsOne)
        {
            // Multiplying monomials can reorder terms that share an exponent.
            shifted.Sort(static (a, b) => CompareKeys(a, b));
        }

        return new([.. shifted]);
    }

    /// <summary>
    /// The product, expanded: e^p·e^q = e^(p+q) and like terms merge. Charges the meter for the
    /// |A|·|B| term products so that a blow-up stops with a clear message instead of hanging.
    /// </summary>
    public ExpPolynomial Multiply(ExpPolynomial other, WorkMeter meter)
    {
        if (IsZero || other.IsZero)
        {
            return Zero;
        }

        if (other.IsSingleTerm)
        {
            meter.Charge(Terms.Length);
            return MultiplyByTerm(other.Terms[0]);
        }

        if (IsSingleTerm)
        {
            meter.Charge(other.Terms.Length);
            return other.MultiplyByTerm(Terms[0]);
        }

        meter.ChargeProduct(Terms.Length, other.Terms.Length);
        var product = new Dictionary<ExpTermKey, Fraction>(Terms.Length * other.Terms.Length);
        foreach (var a in Terms)
        {
            foreach (var b in other.Terms)
            {
                var key = new ExpTermKey(a.Monomial.Multiply(b.Monomial), a.Exponent.Add(b.Exponent));
                var coefficient = a.Coefficient * b.Coefficient;
                product[key] = product.TryGetValue(key, out var existing) ? existing + coefficient : coefficient;
            }
        }

        return FromDictionary(product);
    }

    public ExpPolynomial Power(int exponent, WorkMeter meter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        var result = One;
        var square = this;
        for (var remaining = exponent; remaining > 0; remaining >>= 1)
        {
            if ((remaining & 1) == 1)
            {
                result = result.Multiply(square, meter);
            }

            if (remaining > 1)
            {
                square = square.Multiply(square, meter);
            }
        }

        return result;
    }

    /// <summary>
    /// ∂/∂atom with every other atom held fixed: (c·m·e^p)' = c·(m' + m·p')·e^p.
    /// </summary>
    public ExpPolynomial PartialDerivative(string atom, WorkMeter meter)
    {
        meter.Charge(Terms.Length);
        var result = new Dictionary<ExpTermKey, Fraction>();
        foreach (var term in Terms)
        {
            var power = term.Monomial.PowerOf(atom);
            if (power > 0)
            {
                Accumulate(result, new ExpTermKey(term.Monomial.WithoutOne(atom), term.Exponent), term.Coefficient * power);
            }

            foreach (var exponentTerm in term.Exponent.PartialDerivative(atom).Terms)
            {
                Accumulate(result, new ExpTermKey(term.Monomial.Multiply(exponentTerm.Monomial), term.Exponent), term.Coefficient * exponentTerm.Coefficient);
            }
        }

        return FromDictionary(result);
    }

    public bool ContainsAtom(string atom) => Terms.Any(t => t.Monomial.Contains(atom) || t.Exponent.ContainsAtom(atom));

    public IEnumerable<string> Atoms =>
        Terms.SelectMany(t => t.Monomial.Factors.Select(f => f.Atom).Concat(t.Exponent.Atoms)).Distinct(StringComparer.Ordinal);

    /// <summary>The greatest monomial dividing every term (the monomial content).</summary>
    public Monomial MonomialContent()
    {
        if (IsZero)
        {
            return Monomial.One;
        }

        var content = Terms[0].Monomial;
        foreach (var term in Terms)
        {
            if (content.IsOne)
            {
                break;
            }

            content = content.GreatestCommonDivisor(term.Monomial);
        }

        return content;
    }

    /// <summary>Divides every term's monomial by <paramref name="divisor"/>, which must divide each.</summary>
    public ExpPolynomial DivideMonomial(Monomial divisor) =>
        divisor.IsOne ? this : new([.. Terms.Select(t => t with { Monomial = t.Monomial.DivideExactly(divisor) }).OrderBy(t => t, ExpTermComparer.Instance)]);

    public override string ToString()
    {
        if (IsZero)
        {
            return "0";
        }

        var text = new StringBuilder();
        foreach (var term in Terms)
        {
            CanonicalText.AppendTerm(text, term.Coefficient, term.Body());
        }

        return text.ToString();
    }

    internal static int CompareKeys(ExpTerm a, ExpTerm b)
    {
        var byExponent = a.Exponent.CompareTo(b.Exponent);
        return byExponent != 0 ? byExponent : a.Monomial.CompareTo(b.Monomial);
    }

    private static void Accumulate(Dictionary<ExpTermKey, Fraction> terms, ExpTermKey key, Fraction coefficient) =>
        terms[key] = terms.TryGetValue(key, out var existing) ? existing + coefficient : coefficient;

    private sealed class ExpTermComparer : IComparer<ExpTerm>
    {
        public static readonly ExpTermComparer Instance = new();

        public int Compare(ExpTerm x, ExpTerm y) => CompareKeys(x, y);
    }
}

/// <summary>One term c·m·e^p of an <see cref="ExpPolynomial"/>.</summary>
internal readonly record struct ExpTerm(Fraction Coefficient, Monomial Monomial, Polynomial Exponent)
{
    /// <summary>m·e^p as text, or null when both are trivial.</summary>
    internal string? Body()
    {
        var exponential = Exponent.IsZero ? null : $"exp({Exponent})";
        return (Monomial.IsOne, exponential) switch
        {
            (true, null) => null,
            (true, _) => exponential,
            (false, null) => Monomial.ToString(),
            _ => $"{Monomial}*{exponential}",
        };
    }
}

/// <summary>The part of a term that identifies it for merging: its monomial and exponent.</summary>
internal readonly record struct ExpTermKey(Monomial Monomial, Polynomial Exponent);

using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Turns a syntax tree into expressions and claims: binds index variables (<c>for</c>, <c>sum</c>,
/// <c>prod</c>), evaluates index arithmetic, expands ranges, checks what only makes sense with
/// values in hand (an index in range, an integer exponent, equal lengths), and applies
/// <c>where</c> substitutions. Bounded in size, so no input can exhaust memory or the stack.
/// </summary>
internal sealed class Elaborator
{
    /// <summary>The most expression nodes one identity (or one instance of a family) may expand to.</summary>
    public const int MaxNodes = 500_000;

    /// <summary>
    /// The most expression nodes all instances of a family may expand to together: enough for every
    /// Jacobian entry of a 64-class softmax (about 10⁶ nodes), small enough to bound memory (≈ 200 MB).
    /// </summary>
    public const int MaxFamilyNodes = 4_000_000;

    /// <summary>The most values one range (<c>a..b</c>) may have.</summary>
    public const int MaxRangeLength = 1000;

    /// <summary>The most instances one family may have.</summary>
    public const int MaxInstances = 10_000;

    /// <summary>The tallest expression tree a claim may produce.</summary>
    public const int MaxExprHeight = 2000;

    private const int MaxIntegerBits = 62;
    private const int MaxIndexExponent = 64;

    private readonly string source;
    private readonly Token anchor;
    private readonly Dictionary<WhereSyntax, bool> whereUsed = new(ReferenceEqualityComparer.Instance);
    private int nodes;
    private int familyNodes;

    public Elaborator(string source, Token anchor)
    {
        this.source = source;
        this.anchor = anchor;
    }

    public Claim Claim(ClaimSyntax syntax)
    {
        Claim claim = syntax switch
        {
            FamilySyntax family => Family(family),
            SolveSyntax solve => Solve(solve),
            EquationSyntax equation => Identity(equation, null),
            _ => throw new ParseException(syntax.First, "not a claim"),
        };

        foreach (var (where, used) in whereUsed)
        {
            if (!used)
            {
                var target = Quote(where.Target);
                throw new ParseException(where.Target.First, $"'{target}' does not occur in the claim, so 'where {target} = ...' changes nothing");
            }
        }

        return claim;
    }

    public Expr Expression(Syntax syntax)
    {
        var expr = Real(syntax, null);
        CheckHeight(expr, syntax.First);
        return expr;
    }

    // ---- claims -------------------------------------------------------------------------------

    private ClaimFamily Family(FamilySyntax family)
    {
        var instances = ImmutableArray.CreateBuilder<ClaimInstance>();
        AddInstances(family, null, instances);
        return instances.Count == 0
            ? throw new ParseException(family.First, "the family has no instances: an index range is empty")
            : new ClaimFamily(instances.ToImmutable());
    }

    private void AddInstances(ClaimSyntax body, Scope? scope, ImmutableArray<ClaimInstance>.Builder instances)
    {
        switch (body)
        {
            case FamilySyntax inner:
                ForEachAssignment(inner.Binders, scope, allowEmpty: false, s => AddInstances(inner.Body, s, instances));
                break;
            case EquationSyntax equation:
                if (instances.Count >= MaxInstances)
                {
                    throw new ParseException(anchor, $"the family has more than {MaxInstances} instances");
                }

                // Each instance has its own node budget; the family as a whole has MaxFamilyNodes.
                nodes = 0;
                instances.Add(new ClaimInstance(Scope.ToDictionary(scope), Identity(equation, scope)));
                break;
            default:
                throw new ParseException(body.First, "a 'for' family holds identities 'L == R'");
        }
    }

    private IdentityClaim Identity(EquationSyntax equation, Scope? scope)
    {
        var left = Real(equation.Left, scope);
        var right = Real(equation.Right, scope);
        (left, right) = Substitute(equation.Where, scope, left, right, protectedSymbols: new());
        CheckHeight(left, equation.Left.First);
        CheckHeight(right, equation.Right.First);
        return new IdentityClaim(left, right);
    }

    private SolveClaim Solve(SolveSyntax solve)
    {
        var unknowns = SymbolList(solve.Unknowns, "an unknown");
        var forAll = solve.ForAll.IsDefault ? null : SymbolList(solve.ForAll, "a 'for all' variable");
        var unknownSet = unknowns.Select(u => u.Symbol).ToHashSet();
        foreach (var (symbol, syntax) in forAll ?? [])
        {
            if (unknownSet.Contains(symbol))
            {
                throw new ParseException(syntax.First, $"'{symbol.Name}' cannot be both an unknown and a 'for all' variable");
            }
        }

        var equation = solve.Equation;
        var left = Real(equation.Left, null);
        var right = Real(equation.Right, null);
        var protectedSymbols = new Dictionary<Symbol, string>();
        unknowns.ForEach(u => protectedSymbols[u.Symbol] = "an unknown of 'solve'");
        forAll?.ForEach(x => protectedSymbols[x.Symbol] = "a 'for all' variable");
        (left, right) = Substitute(equation.Where, null, left, right, protectedSymbols);
        CheckHeight(left, equation.Left.First);
        CheckHeight(right, equation.Right.First);

        var present = ExprWalk.Symbols(left, right);
        var presentSet = present.ToHashSet();
        foreach (var (symbol, syntax) in unknowns.Concat(forAll ?? []))
        {
            if (!presentSet.Contains(symbol))
            {
                throw new ParseException(syntax.First, $"'{symbol.Name}' does not occur in the equation");
            }
        }

        var universal = forAll?.Select(x => x.Symbol) ?? present.Where(s => !unknownSet.Contains(s));
        return new SolveClaim([.. unknowns.Select(u => u.Symbol)], left, right, [.. universal]);
    }

    /// <summary>The symbols of a list such as <c>w0, w1, v[0..3]</c>, each with the syntax it came from; no repeats.</summary>
    private List<(Symbol Symbol, Syntax Syntax)> SymbolList(ImmutableArray<Syntax> items, string role)
    {
        var list = new List<(Symbol Symbol, Syntax Syntax)>();
        var seen = new HashSet<Symbol>();
        foreach (var item in items)
        {
            var symbols = item is SubscriptSyntax subscript ? Subscripted(subscript, null, allowRange: true) : [SingleSymbol(item, null, role)];
            foreach (var symbol in symbols)
            {
                if (!seen.Add(symbol))
                {
                    throw new ParseException(item.First, $"'{symbol.Name}' is listed twice");
                }

                Spend(1);
                list.Add((symbol, item));
            }
        }

        return list;
    }

    private (Expr Left, Expr Right) Substitute(
        ImmutableArray<WhereSyntax> where, Scope? scope, Expr left, Expr right, Dictionary<Symbol, string> protectedSymbols)
    {
        if (where.IsEmpty)
        {
            return (left, right);
        }

        var map = new Dictionary<Symbol, Expr>();
        var origin = new Dictionary<Symbol, WhereSyntax>();
        foreach (var item in where)
        {
            var target = SingleSymbol(item.Target, scope, "the target of 'where'");
            if (protectedSymbols.TryGetValue(target, out var what))
            {
                throw new ParseException(item.Target.First, $"cannot substitute '{target.Name}': it is {what}");
            }

            if (!map.TryAdd(target, Real(item.Replacement, scope)))
            {
                throw new ParseException(item.Target.First, $"'{target.Name}' is substituted twice");
            }

            origin[target] = item;
        }

        foreach (var (target, replacement) in map)
        {
            var item = origin[target];
            foreach (var other in ExprWalk.Symbols(replacement))
            {
                if (map.ContainsKey(other))
                {
                    throw new ParseException(item.Replacement.First, $"'{other.Name}' is itself substituted, so it cannot occur in what replaces '{target.Name}' (the substitutions are simultaneous: write its replacement out)");
                }
            }

            var single = new Dictionary<Symbol, Expr> { [target] = replacement };
            if ((Substitution.FindConflict(left, single) ?? Substitution.FindConflict(right, single)) is { } conflict)
            {
                throw new ParseException(item.Target.First, conflict);
            }

            var occurrences = ExprWalk.Occurrences(left, target) + ExprWalk.Occurrences(right, target);
            if (occurrences > 0)
            {
                whereUsed[item] = true;
                Spend((long)occurrences * ExprWalk.Count(replacement));
            }
            else
            {
                whereUsed.TryAdd(item, false);
            }
        }

        return (Substitution.Apply(left, map), Substitution.Apply(right, map));
    }

    // ---- expressions --------------------------------------------------------------------------

    private Expr Real(Syntax syntax, Scope? scope)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (syntax)
        {
            case NumberSyntax number:
                return Made(new Constant(number.First.Value));
            case NameSyntax name:
                return Scope.TryGet(scope, name.Name, out var value)
                    ? Made(new Constant(new Fraction(value)))
                    : Made(new Symbol(name.Name));
            case SubscriptSyntax subscript:
                return Made(Subscripted(subscript, scope, allowRange: false)[0]);
            case UnarySyntax unary:
                var operand = Real(unary.Operand, scope);
                return unary.First.Kind == TokenKind.Minus ? Made(new Negate(operand)) : operand;
            case BinarySyntax binary when binary.Operator.Kind == TokenKind.Caret:
                var powerBase = Real(binary.Left, scope);
                return Made(new Power(powerBase, Exponent(binary, scope)));
            case BinarySyntax binary:
                var left = Real(binary.Left, scope);
                var right = Real(binary.Right, scope);
                return Made(binary.Operator.Kind switch
                {
                    TokenKind.Plus => new Add(left, right),
                    TokenKind.Minus => new Subtract(left, right),
                    TokenKind.Star => new Multiply(left, right),
                    _ => new Divide(left, right),
                });
            case CallSyntax call:
                return Call(call, scope);
            case BigOperatorSyntax big:
                return BigOperator(big, scope);
            case VectorSyntax vector:
                throw new ParseException(vector.First, "a vector [...] can only be an argument of softmax, log_softmax, logsumexp or cross_entropy");
            default:
                throw new ParseException(syntax.First, $"expected an expression, found {Quote(syntax)}");
        }
    }

    /// <summary>The integer exponent of <c>b^n</c>; for <c>e^x</c> the error suggests <c>exp(x)</c>.</summary>
    private int Exponent(BinarySyntax power, Scope? scope)
    {
        try
        {
            return Int(power.Right, scope, "the exponent");
        }
        catch (ParseException e) when (power.Left is NameSyntax { Name: "e" })
        {
            var hint = $"{e.Error.Message} (for the exponential function write exp({Quote(power.Right)}); 'e' is an ordinary symbol)";
            throw new ParseException(e.Error with { Message = hint });
        }
    }

    private Expr Call(CallSyntax call, Scope? scope)
    {
        var name = call.Name;
        var args = call.Arguments;
        switch (name)
        {
            case "exp":
                return Made(new Exp(Real(args[0], scope)));
            case "log":
                return Made(new Log(Real(args[0], scope)));
            case "sigmoid":
                return Made(new Sigmoid(Real(args[0], scope)));
            case "softmax" or "log_softmax":
                var logits = Vector(args[0], scope, name, "first argument", "logit");
                var index = Int(args[1], scope, $"the index of {name}");
                if (index < 0 || index >= logits.Count)
                {
                    throw new ParseException(args[1].First, $"{name} index {Shown(args[1], index)} is out of range: the vector has {Plural(logits.Count, "logit")}, so the index must be in 0..{logits.Count - 1}");
                }

                return Made(name == "softmax" ? new Softmax(logits, index) : new LogSoftmax(logits, index));
            case "logsumexp":
                return Made(new LogSumExp(Vector(args[0], scope, name, "argument", "logit")));
            case "diff":
                var body = Real(args[0], scope);
                return Made(new Derivative(body, SingleSymbol(args[1], scope, "the second argument of diff (the variable to differentiate by)")));
            case "delta":
                var i = Int(args[0], scope, "the first argument of delta");
                return Made(new KroneckerDelta(i, Int(args[1], scope, "the second argument of delta")));
            case "bce":
                var logit = Real(args[0], scope);
                return Made(new BinaryCrossEntropy(logit, Real(args[1], scope)));
            case "cross_entropy":
                var z = Vector(args[0], scope, name, "first argument", "logit");
                var y = Vector(args[1], scope, name, "second argument", "target");
                return z.Count != y.Count
                    ? throw new ParseException(args[1].First, $"cross_entropy has {Plural(z.Count, "logit")} but {Plural(y.Count, "target")}: the two vectors must have the same length")
                    : Made(new CrossEntropy(z, y));
            case Vocabulary.Rational:
                return Made(RationalLiteral(call));
            default:
                throw new ParseException(call.First, $"unknown function '{name}' (the functions are {Vocabulary.KnownFunctions})");
        }
    }

    /// <summary><c>rational(n)</c> or <c>rational(n, d)</c>: the exact constant n/d, from integer literals.</summary>
    private Constant RationalLiteral(CallSyntax call)
    {
        var numeratorSyntax = call.Arguments[0];
        BigInteger numerator = numeratorSyntax switch
        {
            NumberSyntax { First.IsIntegerLiteral: true } n => n.First.Value.Numerator,
            UnarySyntax { Operand: NumberSyntax { First.IsIntegerLiteral: true } n } u =>
                u.First.Kind == TokenKind.Minus ? -n.First.Value.Numerator : n.First.Value.Numerator,
            _ => throw new ParseException(numeratorSyntax.First, $"rational takes integer literals, as in rational(-1, 3), not {Quote(numeratorSyntax)}"),
        };

        var denominator = BigInteger.One;
        if (call.Arguments.Length == 2)
        {
            var denominatorSyntax = call.Arguments[1];
            denominator = denominatorSyntax is NumberSyntax { First.IsIntegerLiteral: true } d
                ? d.First.Value.Numerator
                : throw new ParseException(denominatorSyntax.First, $"the denominator of rational must be a positive integer literal, not {Quote(denominatorSyntax)}");
            if (denominator.IsZero)
            {
                throw new ParseException(denominatorSyntax.First, "the denominator of rational must not be 0");
            }
        }

        return new Constant(new Fraction(numerator, denominator, normalize: true));
    }

    private Expr BigOperator(BigOperatorSyntax big, Scope? scope)
    {
        var terms = new List<Expr>();
        ForEachAssignment(big.Binders, scope, allowEmpty: true, s => terms.Add(Real(big.Body, s)));
        if (terms.Count == 0)
        {
            return Made(new Constant(big.IsProduct ? Fraction.One : Fraction.Zero));
        }

        var result = terms[0];
        foreach (var term in terms.Skip(1))
        {
            result = Made(big.IsProduct ? new Multiply(result, term) : new Add(result, term));
        }

        return result;
    }

    private ExprList Vector(Syntax syntax, Scope? scope, string function, string position, string noun)
    {
        if (syntax is not VectorSyntax vector)
        {
            throw new ParseException(syntax.First, $"the {position} of {function} must be a vector [a, b, ...], not {Quote(syntax)}");
        }

        var items = new List<Expr>();
        foreach (var element in vector.Elements)
        {
            if (element is SubscriptSyntax subscript && subscript.Items.Any(item => item.To is not null))
            {
                foreach (var symbol in Subscripted(subscript, scope, allowRange: true))
                {
                    items.Add(Made(symbol));
                }
            }
            else
            {
                items.Add(Real(element, scope));
            }
        }

        return items.Count == 0
            ? throw new ParseException(vector.First, $"{function} needs at least one {noun}: the vector is empty")
            : new ExprList(items);
    }

    // ---- symbols ------------------------------------------------------------------------------

    private Symbol SingleSymbol(Syntax syntax, Scope? scope, string role)
    {
        switch (syntax)
        {
            case NameSyntax name when Scope.TryGet(scope, name.Name, out _):
                throw new ParseException(syntax.First, $"{role} must be a symbol, but '{name.Name}' is an index variable here");
            case NameSyntax name:
                return new Symbol(name.Name);
            case SubscriptSyntax subscript when subscript.Items.All(item => item.To is null):
                return Subscripted(subscript, scope, allowRange: false)[0];
            default:
                throw new ParseException(syntax.First, $"{role} must be a symbol, not {Quote(syntax)}");
        }
    }

    /// <summary>
    /// <c>z[i]</c> is the symbol z followed by the value of i (<c>z2</c>); <c>v[i, j]</c> and
    /// <c>v[i][j]</c> append both (<c>v01</c>); one range <c>z[0..3]</c> gives z0, z1, z2, z3.
    /// </summary>
    private List<Symbol> Subscripted(SubscriptSyntax subscript, Scope? scope, bool allowRange)
    {
        if (Scope.TryGet(scope, subscript.Name, out _))
        {
            throw new ParseException(subscript.First, $"'{subscript.Name}' is an index variable here, so it cannot be subscripted");
        }

        var prefix = new StringBuilder(subscript.Name);
        var suffix = new StringBuilder();
        (int From, int To)? range = null;
        foreach (var item in subscript.Items)
        {
            var role = $"a subscript of '{subscript.Name}'";
            var from = NonNegative(item.From, scope, role);
            if (item.To is null)
            {
                (range is null ? prefix : suffix).Append(from);
                continue;
            }

            if (!allowRange)
            {
                throw new ParseException(subscript.First, $"'{Quote(subscript)}' stands for several symbols: a range subscript can only be an element of a vector [...] or of a list of symbols");
            }

            if (range is not null)
            {
                throw new ParseException(item.From.First, $"'{Quote(subscript)}' has two ranges: a subscripted symbol may have only one");
            }

            var to = NonNegative(item.To, scope, role);
            CheckRangeLength(from, to, item.From);
            range = (from, to);
        }

        if (range is not { } r)
        {
            return [new Symbol(prefix.ToString())];
        }

        var symbols = new List<Symbol>();
        for (long value = r.From; value <= r.To; value++)
        {
            symbols.Add(new Symbol($"{prefix}{value}{suffix}"));
        }

        return symbols;
    }

    private int NonNegative(Syntax syntax, Scope? scope, string role)
    {
        var value = Int(syntax, scope, role);
        return value < 0
            ? throw new ParseException(syntax.First, $"{role} must not be negative (it is {Shown(syntax, value)})")
            : value;
    }

    // ---- index arithmetic ---------------------------------------------------------------------

    /// <summary>
    /// Calls <paramref name="action"/> once per assignment of the binders' variables, the first
    /// variable varying slowest; a range may use the variables bound before it.
    /// </summary>
    private void ForEachAssignment(ImmutableArray<Binder> binders, Scope? scope, bool allowEmpty, Action<Scope?> action)
    {
        var variables = binders.SelectMany(b => b.Names.Select(name => (Binder: b, Name: name))).ToArray();
        Assign(0, scope);

        void Assign(int k, Scope? current)
        {
            if (k == variables.Length)
            {
                action(current);
                return;
            }

            var (binder, name) = variables[k];
            if (Scope.TryGet(current, name.Text, out _))
            {
                throw new ParseException(name, $"index variable '{name.Text}' is already bound by an enclosing 'for' or 'sum'");
            }

            var from = Int(binder.From, current, binder.To is null ? $"the value of '{name.Text}'" : "the start of a range");
            var to = binder.To is null ? from : Int(binder.To, current, "the end of a range");
            CheckRangeLength(from, to, binder.From);
            if (to < from && !allowEmpty)
            {
                throw new ParseException(binder.From.First, $"the range {from}..{to} of '{name.Text}' is empty");
            }

            for (long value = from; value <= to; value++)
            {
                Assign(k + 1, new Scope(name.Text, (int)value, current));
            }
        }
    }

    private static void CheckRangeLength(int from, int to, Syntax at)
    {
        if ((long)to - from + 1 > MaxRangeLength)
        {
            throw new ParseException(at.First, $"the range {from}..{to} has more than {MaxRangeLength} values");
        }
    }

    /// <summary>An integer from index arithmetic: literals, index variables, <c>+ - * / ^</c>.</summary>
    private int Int(Syntax syntax, Scope? scope, string role)
    {
        var value = IndexValue(syntax, scope, role);
        if (!value.Denominator.IsOne)
        {
            throw new ParseException(syntax.First, $"{role} must be an integer, not {Quote(syntax)}");
        }

        return value.Numerator < int.MinValue || value.Numerator > int.MaxValue
            ? throw new ParseException(syntax.First, $"{role} {Quote(syntax)} is too large")
            : (int)value.Numerator;
    }

    private Fraction IndexValue(Syntax syntax, Scope? scope, string role)
    {
        switch (syntax)
        {
            case NumberSyntax number:
                return Small(number.First.Value, syntax, role);
            case NameSyntax name when Scope.TryGet(scope, name.Name, out var value):
                return new Fraction(value);
            case NameSyntax name:
                throw new ParseException(syntax.First, $"{role} must be an integer, but '{name.Name}' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
            case UnarySyntax unary:
                var operand = IndexValue(unary.Operand, scope, role);
                return unary.First.Kind == TokenKind.Minus ? -operand : operand;
            case BinarySyntax binary:
                var left = IndexValue(binary.Left, scope, role);
                var right = IndexValue(binary.Right, scope, role);
                return Small(binary.Operator.Kind switch
                {
                    TokenKind.Plus => left + right,
                    TokenKind.Minus => left - right,
                    TokenKind.Star => left * right,
                    TokenKind.Slash => right.IsZero
                        ? throw new ParseException(binary.Operator, $"division by zero in {role}")
                        : left / right,
                    _ => IndexPower(left, right, binary, role),
                }, syntax, role);
            default:
                throw new ParseException(syntax.First, $"{role} must be an integer, not {Quote(syntax)}");
        }
    }

    private Fraction IndexPower(Fraction powerBase, Fraction exponent, BinarySyntax at, string role)
    {
        if (!exponent.Denominator.IsOne || BigInteger.Abs(exponent.Numerator) > MaxIndexExponent)
        {
            throw new ParseException(at.Right.First, $"in {role}, the exponent {Quote(at.Right)} must be an integer in -{MaxIndexExponent}..{MaxIndexExponent}");
        }

        var n = (int)exponent.Numerator;
        if (powerBase.IsZero && n < 0)
        {
            throw new ParseException(at.Operator, $"division by zero in {role}");
        }

        var bits = Math.Max(powerBase.Numerator.GetBitLength(), powerBase.Denominator.GetBitLength());
        return bits > 1 && bits * Math.Abs(n) > MaxIntegerBits + 1
            ? throw new ParseException(at.First, $"{role} {Quote(at)} is too large")
            : Fraction.Pow(powerBase, n);
    }

    private Fraction Small(Fraction value, Syntax at, string role)
    {
        var normalized = new Fraction(value.Numerator, value.Denominator, normalize: true);
        return normalized.Numerator.GetBitLength() > MaxIntegerBits || normalized.Denominator.GetBitLength() > MaxIntegerBits
            ? throw new ParseException(at.First, $"{role} {Quote(at)} is too large")
            : normalized;
    }

    // ---- bookkeeping --------------------------------------------------------------------------

    private Expr Made(Expr expr)
    {
        Spend(1);
        return expr;
    }

    private void Spend(long count)
    {
        nodes = (int)Math.Min(int.MaxValue, nodes + count);
        familyNodes = (int)Math.Min(int.MaxValue, familyNodes + count);
        if (nodes > MaxNodes)
        {
            throw new ParseException(anchor, $"the claim expands to more than {MaxNodes} expression nodes");
        }

        if (familyNodes > MaxFamilyNodes)
        {
            throw new ParseException(anchor, $"the family expands to more than {MaxFamilyNodes} expression nodes");
        }
    }

    private static void CheckHeight(Expr expr, Token at)
    {
        if (ExprWalk.Height(expr) > MaxExprHeight)
        {
            throw new ParseException(at, $"the expression expands to a tree more than {MaxExprHeight} levels deep");
        }
    }

    /// <summary>The source text of a node, on one line, shortened when long.</summary>
    private string Quote(Syntax syntax)
    {
        const int maxLength = 40;
        var start = syntax.First.Offset;
        var length = Math.Clamp(syntax.End - start, 0, source.Length - start);
        var text = string.Join(' ', source.Substring(start, length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 3), "...");
    }

    private string Shown(Syntax syntax, int value)
    {
        var quoted = Quote(syntax);
        var shown = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return quoted == shown ? shown : $"{quoted} = {shown}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

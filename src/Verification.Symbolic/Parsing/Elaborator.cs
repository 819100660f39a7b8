using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Turns a syntax tree into expressions and claims: binds index variables (<c>for</c>, <c>sum</c>,
/// <c>prod</c>), evaluates index arithmetic, expands ranges, checks what only makes sense with
/// values in hand (an index in range, an integer exponent, equal lengths), and applies
/// <c>where</c> substitutions. Bounded in size, so no input can exhaust memory or the stack.
/// </summary>
internal sealed partial class Elaborator
{
    private readonly string source;
    private readonly Token anchor;
    private readonly EngineLimits limits;
    private readonly ElaborationBudget budget;
    private readonly Dictionary<WhereSyntax, bool> whereUsed = new(ReferenceEqualityComparer.Instance);

    public Elaborator(string source, Token anchor, EngineLimits? limits = null)
    {
        this.source = source;
        this.anchor = anchor;
        this.limits = limits ?? EngineLimits.Default;
        budget = new ElaborationBudget(this.limits, anchor);
    }

    public Claim Claim(ClaimSyntax syntax)
    {
        Claim claim = syntax switch
        {
            FamilySyntax family => Family(family),
            GeneralSyntax general => General(general),
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
        budget.CheckHeight(expr, syntax.First);
        return expr;
    }

    private Expr Real(Syntax syntax, Scope? scope)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (syntax)
        {
            case NumberSyntax number:
                return Made(new Constant(number.First.Value));
            case NameSyntax name when general is not null:
                return Made(GeneralName(name));
            case NameSyntax name:
                return Scope.TryGet(scope, name.Name, out var value)
                    ? Made(new Constant(new Fraction(value)))
                    : Made(new Symbol(name.Name));
            case SubscriptSyntax subscript when general is not null:
                return Made(GeneralEntry(subscript));
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
            case BigOperatorSyntax big when general is not null:
                return GeneralSum(big, scope);
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

    /// <summary>The named argument of softmax and log_softmax: softmax(z / T).</summary>
    internal const string Temperature = "temperature";

    /// <summary>The named argument of cross_entropy: the targets (1 − ε)·y + ε/n.</summary>
    internal const string Smoothing = "smoothing";

    // The functions come from one table, Vocabulary.All, which names each one's elaboration below.
    private Expr Call(CallSyntax call, Scope? scope)
    {
        if (!Vocabulary.Functions.TryGetValue(call.Name, out var function) || function.Elaborate is not { } elaborate)
        {
            throw new ParseException(call.First, $"unknown function '{call.Name}' (the functions are {Vocabulary.KnownFunctions})");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var named in call.NamedArguments)
        {
            var name = named.Name.Text;
            if (!function.NamedParameters.Contains(name))
            {
                var known = function.NamedParameters.IsEmpty
                    ? $"{call.Name} takes no named arguments"
                    : $"the named arguments of {call.Name} are {string.Join(", ", function.NamedParameters.Select(static p => $"'{p}:'"))}";
                throw new ParseException(named.Name, $"unknown named argument '{name}:' ({known}, as in {function.Usage})");
            }

            if (!seen.Add(name))
            {
                throw new ParseException(named.Name, $"the named argument '{name}:' is given twice");
            }

            if (general is not null)
            {
                throw new ParseException(named.Name, $"the named argument '{name}:' is not supported in claims for every n; write the claim for a concrete vector");
            }
        }

        return elaborate(this, call, scope);
    }

    private static Syntax? NamedArgument(CallSyntax call, string name) =>
        call.NamedArguments.FirstOrDefault(n => n.Name.Text == name)?.Value;

    /// <summary><c>f(e)</c> for a function of one real argument.</summary>
    internal Expr UnaryCall(CallSyntax call, Scope? scope, Func<Expr, Expr> make) => Made(make(Real(call.Arguments[0], scope)));

    /// <summary><c>softmax(z, i)</c> or <c>log_softmax(z, i)</c> with the index checked against the vector.</summary>
    internal Expr SoftmaxCall(CallSyntax call, Scope? scope)
    {
        if (general is not null)
        {
            return GeneralSoftmax(call, scope);
        }

        var (name, args) = (call.Name, call.Arguments);
        var logits = Vector(args[0], scope, name, "first argument", "logit");
        var index = Int(args[1], scope, $"the index of {name}");
        if (index < 0 || index >= logits.Count)
        {
            throw new ParseException(args[1].First, $"{name} index {Shown(args[1], index)} is out of range: the vector has {Plural(logits.Count, "logit")}, so the index must be in 0..{logits.Count - 1}");
        }

        if (NamedArgument(call, Temperature) is { } temperature)
        {
            // softmax(z, i, temperature: T) = softmax(z / T)_i, written out so the engine reasons from it.
            var t = Real(temperature, scope);
            logits = new ExprList([.. logits.Select(z => (Expr)Made(new Divide(z, t)))]);
        }

        return Made(name == "softmax" ? new Softmax(logits, index) : new LogSoftmax(logits, index));
    }

    internal Expr LogSumExpCall(CallSyntax call, Scope? scope) =>
        general is not null ? Made(new IndexedLogSumExp(GeneralVector(call.Arguments[0], scope, call.Name, "argument"))) : Made(new LogSumExp(Vector(call.Arguments[0], scope, call.Name, "argument", "logit")));

    internal Expr DiffCall(CallSyntax call, Scope? scope)
    {
        var body = Real(call.Arguments[0], scope);
        if (general is not null && call.Arguments[1] is SubscriptSyntax variable)
        {
            return Made(new EntryDerivative(body, GeneralEntry(variable)));
        }

        // At general n a scalar variable gets the checks of every other name: 'z_j' or 'z3' would be
        // the entry's own symbol, and 'n' or an index variable is no variable at all.
        if (general is not null && call.Arguments[1] is NameSyntax name && GeneralName(name) is not Symbol)
        {
            throw new ParseException(name.First, $"the variable of diff must be a symbol or one entry, as in diff(e, {name.Name}[j]), not the whole vector '{name.Name}'");
        }

        return Made(new Derivative(body, SingleSymbol(call.Arguments[1], scope, "the second argument of diff (the variable to differentiate by)")));
    }

    internal Expr DeltaCall(CallSyntax call, Scope? scope)
    {
        if (general is not null)
        {
            return Made(new IndexDelta(GeneralIndex(call.Arguments[0], "the first argument of delta"), GeneralIndex(call.Arguments[1], "the second argument of delta")));
        }

        var i = Int(call.Arguments[0], scope, "the first argument of delta");
        return Made(new KroneckerDelta(i, Int(call.Arguments[1], scope, "the second argument of delta")));
    }

    internal Expr BinaryCrossEntropyCall(CallSyntax call, Scope? scope)
    {
        var logit = Real(call.Arguments[0], scope);
        return Made(new BinaryCrossEntropy(logit, Real(call.Arguments[1], scope)));
    }

    internal Expr CrossEntropyCall(CallSyntax call, Scope? scope)
    {
        if (general is not null)
        {
            var logits = GeneralVector(call.Arguments[0], scope, call.Name, "first argument");
            return Made(new IndexedCrossEntropy(logits, GeneralVector(call.Arguments[1], scope, call.Name, "second argument")));
        }

        var (name, args) = (call.Name, call.Arguments);
        var z = Vector(args[0], scope, name, "first argument", "logit");
        var y = Vector(args[1], scope, name, "second argument", "target");
        if (z.Count != y.Count)
        {
            throw new ParseException(args[1].First, $"cross_entropy has {Plural(z.Count, "logit")} but {Plural(y.Count, "target")}: the two vectors must have the same length");
        }

        if (NamedArgument(call, Smoothing) is { } smoothing)
        {
            // Label smoothing: the targets become (1 − ε)·y_i + ε/n.
            var epsilon = Real(smoothing, scope);
            var uniform = Made(new Divide(epsilon, z.Count));
            y = new ExprList([.. y.Select(target => (Expr)Made(new Add(Made(new Multiply(Made(new Subtract(1, epsilon)), target)), uniform)))]);
        }

        return Made(new CrossEntropy(z, y));
    }

    /// <summary>
    /// <c>focal(z, y, γ)</c>, the binary focal loss on the logit z with target y and an integer
    /// focusing parameter γ ≥ 0 (Lin et al. 2017), with p = σ(z):
    /// −(y·(1 − p)^γ·log p + (1 − y)·p^γ·log(1 − p)). γ = 0 gives back bce(z, y).
    /// </summary>
    internal Expr FocalCall(CallSyntax call, Scope? scope)
    {
        var (args, name) = (call.Arguments, call.Name);
        var z = Real(args[0], scope);
        var y = Real(args[1], scope);
        var gamma = Int(args[2], scope, $"the focusing parameter gamma of {name}");
        if (gamma < 0)
        {
            throw new ParseException(args[2].First, $"the focusing parameter gamma of {name} must be an integer >= 0, not {Shown(args[2], gamma)}");
        }

        var p = Made(new Sigmoid(z));
        var positive = Made(new Multiply(y, Made(new Log(p))));
        var negative = Made(new Multiply(Made(new Subtract(1, y)), Made(new Log(Made(new Subtract(1, p))))));
        return Made(new Negate(Made(new Add(
            Focused(Made(new Subtract(1, p)), gamma, positive),
            Focused(p, gamma, negative)))));
    }

    // (weight)^γ · term, written without the factor when γ = 0 and without the power when γ = 1.
    private Expr Focused(Expr weight, int gamma, Expr term) => gamma switch
    {
        0 => term,
        1 => Made(new Multiply(weight, term)),
        _ => Made(new Multiply(Made(new Power(weight, gamma)), term)),
    };

    /// <summary><c>rational(n)</c> or <c>rational(n, d)</c>: the exact constant n/d, from integer literals.</summary>
    internal Expr RationalCall(CallSyntax call, Scope? scope) => Made(RationalLiteral(call));

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

    private Expr Made(Expr expr)
    {
        budget.Spend(1);
        return expr;
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

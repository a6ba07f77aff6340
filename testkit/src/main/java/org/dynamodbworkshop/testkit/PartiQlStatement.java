package org.dynamodbworkshop.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PartiQL SELECT as DynamoDB's ExecuteStatement reads it, parsed to judge whether DynamoDB runs it as a Query or
 * as a Scan. The DynamoDB docs give the rule: a SELECT whose WHERE clause fixes the partition key, with an equality
 * or an IN, is a Query of the table or index it names; any other SELECT is a full Scan.
 *
 * <p>A tokenizer and a recursive-descent parser read the whole statement, so that no string, quoted name, BETWEEN's
 * AND or ORDER BY can be taken for a key condition. A condition parses to the attributes it fixes to known values:
 * those of either side of an AND, those of both sides of an OR, none under a NOT.
 */
final class PartiQlStatement {

    /** The operators a Query's key condition allows on the sort key. */
    private static final Set<String> SORT_KEY_OPERATORS = Set.of("=", "<", "<=", ">", ">=", "BETWEEN", "BEGINS_WITH");

    private final String table;
    private final Optional<String> index;
    private final Set<String> fixedAttributes;
    private final Optional<List<Condition>> conjunction;

    private PartiQlStatement(String table, Optional<String> index, Set<String> fixedAttributes,
                             Optional<List<Condition>> conjunction) {
        this.table = table;
        this.index = index;
        this.fixedAttributes = fixedAttributes;
        this.conjunction = conjunction;
    }

    /** The statement, when it is a SELECT this parser reads; empty for any other statement or text, never thrown. */
    static Optional<PartiQlStatement> parseSelect(String statement) {
        if (statement == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parser(new Tokenizer(statement).tokens()).select());
        } catch (Unparsable e) {
            return Optional.empty();
        }
    }

    /** The table read, as the statement names it, unquoted. */
    String table() {
        return table;
    }

    /** The secondary index read, for {@code FROM "Table"."Index"}. */
    Optional<String> index() {
        return index;
    }

    /** Whether the WHERE clause restricts this top-level attribute to known values, as a Query's key condition. */
    boolean fixesPartitionKey(String partitionKeyName) {
        return fixedAttributes.contains(partitionKeyName);
    }

    /**
     * Whether the WHERE clause is a key condition and nothing more: the partition key fixed by equality, and at most
     * one condition on the sort key that a Query allows. Such a statement reads only the items it returns; any other
     * condition is a filter, applied to every item of the key range after it is read.
     */
    boolean onlyKeyConditions(String partitionKeyName, Optional<String> sortKeyName) {
        if (!fixesPartitionKey(partitionKeyName) || conjunction.isEmpty()) {
            return false;
        }
        int sortKeyConditions = 0;
        for (Condition condition : conjunction.get()) {
            boolean onPartitionKey = condition.attribute().equals(partitionKeyName)
                    && (condition.operator().equals("=") || condition.operator().equals("IN"));
            boolean onSortKey = sortKeyName.equals(Optional.of(condition.attribute()))
                    && SORT_KEY_OPERATORS.contains(condition.operator());
            if (onSortKey) {
                sortKeyConditions++;
            } else if (!onPartitionKey) {
                return false;
            }
        }
        return sortKeyConditions <= 1;
    }

    /** One predicate of a WHERE clause: an attribute compared with values; the attribute is empty for any other. */
    private record Condition(String operator, String attribute) {
        static final Condition OTHER = new Condition("", "");
    }

    private enum TokenKind { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL, END }

    private record Token(TokenKind kind, String text) {
    }

    private static final class Unparsable extends RuntimeException {
        Unparsable() {
            super(null, null, false, false);
        }
    }

    private static final class Tokenizer {

        // Longest first, so that "<=" is not read as "<" then "=".
        private static final List<String> SYMBOLS = List.of("<<", ">>", "<>", "!=", "<=", ">=",
                "=", "<", ">", "(", ")", "[", "]", "{", "}", ",", ".", ":", "*", ";", "?");
        private static final Set<String> OPENERS = Set.of("(", "[", "{", "<<");
        private static final Set<String> CLOSERS = Set.of(")", "]", "}", ">>");
        // The parser recurses only into brackets: bounding their depth keeps any input from overflowing the stack.
        private static final int MAX_NESTING = 64;

        private final String text;
        private int position;
        private int nesting;

        Tokenizer(String text) {
            this.text = text;
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            while (skipWhitespace()) {
                tokens.add(next());
            }
            tokens.add(new Token(TokenKind.END, ""));
            return tokens;
        }

        private boolean skipWhitespace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return position < text.length();
        }

        private Token next() {
            char c = text.charAt(position);
            if (c == '\'') {
                return new Token(TokenKind.STRING, quoted('\''));
            }
            if (c == '"') {
                return new Token(TokenKind.QUOTED_NAME, quoted('"'));
            }
            if (isDigitAt(position) || c == '-' && isDigitAt(position + 1)) {
                return new Token(TokenKind.NUMBER, number());
            }
            if (Character.isLetter(c) || c == '_') {
                return new Token(TokenKind.WORD, word());
            }
            return new Token(TokenKind.SYMBOL, symbol());
        }

        /** The text between quotes, each doubled quote inside standing for one. */
        private String quoted(char quote) {
            StringBuilder content = new StringBuilder();
            position++;
            while (true) {
                int close = text.indexOf(quote, position);
                if (close < 0) {
                    throw new Unparsable();
                }
                content.append(text, position, close);
                position = close + 1;
                if (!isAt(quote)) {
                    return content.toString();
                }
                content.append(quote);
                position++;
            }
        }

        private String number() {
            int start = position;
            if (isAt('-')) {
                position++;
            }
            skipDigits();
            if (isAt('.') && isDigitAt(position + 1)) {
                position++;
                skipDigits();
            }
            if (isAt('e') || isAt('E')) {
                position++;
                if (isAt('+') || isAt('-')) {
                    position++;
                }
                if (!isDigitAt(position)) {
                    throw new Unparsable();
                }
                skipDigits();
            }
            return text.substring(start, position);
        }

        private String word() {
            int start = position;
            while (position < text.length()
                    && (Character.isLetterOrDigit(text.charAt(position)) || isAt('_'))) {
                position++;
            }
            return text.substring(start, position);
        }

        private String symbol() {
            String symbol = SYMBOLS.stream().filter(s -> text.startsWith(s, position)).findFirst()
                    .orElseThrow(Unparsable::new);
            position += symbol.length();
            if (OPENERS.contains(symbol) && ++nesting > MAX_NESTING) {
                throw new Unparsable();
            }
            if (CLOSERS.contains(symbol)) {
                nesting--;
            }
            return symbol;
        }

        private void skipDigits() {
            while (isDigitAt(position)) {
                position++;
            }
        }

        private boolean isAt(char c) {
            return position < text.length() && text.charAt(position) == c;
        }

        private boolean isDigitAt(int at) {
            return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
        }
    }

    /** What a condition compares: a value known before the read, a top-level attribute, a call, or anything else. */
    private enum OperandKind { VALUE, ATTRIBUTE, CALL, OTHER }

    /** @param attribute the attribute's name, for {@link OperandKind#ATTRIBUTE} only */
    private record Operand(OperandKind kind, String attribute) {

        static final Operand VALUE = new Operand(OperandKind.VALUE, null);
        static final Operand CALL = new Operand(OperandKind.CALL, null);
        static final Operand OTHER = new Operand(OperandKind.OTHER, null);

        static Operand attribute(String name) {
            return new Operand(OperandKind.ATTRIBUTE, name);
        }
    }

    private static final class Parser {

        private static final Set<String> LITERALS = Set.of("TRUE", "FALSE", "NULL", "MISSING");
        // Words that structure a statement, never a bare attribute's or table's name.
        private static final Set<String> KEYWORDS =
                Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS", "BETWEEN", "ORDER", "BY");
        private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
        private static final Map<String, String> MIRRORED = Map.of("<", ">", "<=", ">=", ">", "<", ">=", "<=");

        private final List<Token> tokens;
        private final List<Condition> conditions = new ArrayList<>();
        private boolean conjunctive = true;
        private int position;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        PartiQlStatement select() {
            expectKeyword("SELECT");
            projection();
            expectKeyword("FROM");
            String table = name();
            Optional<String> index = acceptSymbol(".") ? Optional.of(name()) : Optional.empty();
            Set<String> fixed = acceptKeyword("WHERE") ? disjunction() : Set.of();
            if (acceptKeyword("ORDER")) {
                expectKeyword("BY");
                orderings();
            }
            acceptSymbol(";");
            if (peek().kind() != TokenKind.END) {
                throw new Unparsable();
            }
            return new PartiQlStatement(table, index, fixed,
                    conjunctive ? Optional.of(List.copyOf(conditions)) : Optional.empty());
        }

        private void projection() {
            if (acceptSymbol("*")) {
                return;
            }
            do {
                operand();
            } while (acceptSymbol(","));
        }

        private void orderings() {
            do {
                operand();
                if (!acceptKeyword("ASC")) {
                    acceptKeyword("DESC");
                }
            } while (acceptSymbol(","));
        }

        private Set<String> disjunction() {
            Set<String> fixed = conjunction();
            while (acceptKeyword("OR")) {
                conjunctive = false;
                fixed = intersection(fixed, conjunction());
            }
            return fixed;
        }

        private Set<String> conjunction() {
            Set<String> fixed = negation();
            while (acceptKeyword("AND")) {
                fixed = union(fixed, negation());
            }
            return fixed;
        }

        // A loop rather than recursion, so that no run of NOTs can overflow the stack.
        private Set<String> negation() {
            boolean negated = false;
            while (acceptKeyword("NOT")) {
                negated = true;
            }
            conjunctive &= !negated;
            Set<String> fixed = predicate();
            return negated ? Set.of() : fixed;
        }

        private Set<String> predicate() {
            if (acceptSymbol("(")) {
                Set<String> fixed = disjunction();
                expectSymbol(")");
                return fixed;
            }
            Operand left = operand();
            Token next = peek();
            if (next.kind() == TokenKind.SYMBOL && COMPARISONS.contains(next.text())) {
                position++;
                Operand right = operand();
                condition(next.text(), left, right);
                return next.text().equals("=") ? union(restricts(left, right), restricts(right, left)) : Set.of();
            }
            if (acceptKeyword("IN")) {
                Operand values = inList();
                condition("IN", left, values);
                return restricts(left, values);
            }
            if (acceptKeyword("BETWEEN")) {
                // Its AND belongs to it, not to a conjunction.
                boolean values = operand().kind() == OperandKind.VALUE;
                expectKeyword("AND");
                values &= operand().kind() == OperandKind.VALUE;
                condition("BETWEEN", left, values ? Operand.VALUE : Operand.OTHER);
                return Set.of();
            }
            if (acceptKeyword("IS")) {
                acceptKeyword("NOT");
                if (!acceptKeyword("MISSING")) {
                    expectKeyword("NULL");
                }
                conditions.add(Condition.OTHER);
                return Set.of();
            }
            if (left.kind() != OperandKind.CALL) {
                throw new Unparsable();
            }
            conditions.add(left.attribute() == null ? Condition.OTHER : new Condition("BEGINS_WITH", left.attribute()));
            return Set.of();
        }

        private Operand inList() {
            return acceptSymbol("(") ? collection(")") : operand();
        }

        private Operand operand() {
            Token token = next();
            return switch (token.kind()) {
                case STRING, NUMBER -> Operand.VALUE;
                case QUOTED_NAME -> path(token.text());
                case WORD -> wordOperand(token.text());
                case SYMBOL -> symbolOperand(token.text());
                case END -> throw new Unparsable();
            };
        }

        private Operand wordOperand(String word) {
            String upper = word.toUpperCase(Locale.ROOT);
            if (LITERALS.contains(upper)) {
                return Operand.VALUE;
            }
            if (KEYWORDS.contains(upper)) {
                throw new Unparsable();
            }
            if (acceptSymbol("(")) {
                return call(upper);
            }
            return path(word);
        }

        private Operand symbolOperand(String symbol) {
            return switch (symbol) {
                case "?" -> Operand.VALUE;
                case "[" -> collection("]");
                case "<<" -> collection(">>");
                case "{" -> struct();
                default -> throw new Unparsable();
            };
        }

        /**
         * A function's arguments; {@code begins_with(attribute, value)} is kept with its attribute, as the one call
         * a key condition allows.
         */
        private Operand call(String function) {
            if (acceptSymbol(")")) {
                return Operand.CALL;
            }
            List<Operand> arguments = new ArrayList<>();
            do {
                arguments.add(operand());
            } while (acceptSymbol(","));
            expectSymbol(")");
            boolean beginsWith = function.equals("BEGINS_WITH") && arguments.size() == 2
                    && arguments.get(0).kind() == OperandKind.ATTRIBUTE
                    && arguments.get(1).kind() == OperandKind.VALUE;
            return beginsWith ? new Operand(OperandKind.CALL, arguments.get(0).attribute()) : Operand.CALL;
        }

        /** Notes a comparison of an attribute with values, either way round; anything else as another condition. */
        private void condition(String operator, Operand left, Operand right) {
            if (left.kind() == OperandKind.ATTRIBUTE && right.kind() == OperandKind.VALUE) {
                conditions.add(new Condition(operator, left.attribute()));
            } else if (right.kind() == OperandKind.ATTRIBUTE && left.kind() == OperandKind.VALUE) {
                conditions.add(new Condition(MIRRORED.getOrDefault(operator, operator), right.attribute()));
            } else {
                conditions.add(Condition.OTHER);
            }
        }

        /** Elements up to the closing bracket: a value when each of them is one. */
        private Operand collection(String closer) {
            boolean allValues = true;
            if (!acceptSymbol(closer)) {
                do {
                    allValues &= operand().kind() == OperandKind.VALUE;
                } while (acceptSymbol(","));
                expectSymbol(closer);
            }
            return allValues ? Operand.VALUE : Operand.OTHER;
        }

        private Operand struct() {
            boolean allValues = true;
            if (!acceptSymbol("}")) {
                do {
                    allValues &= operand().kind() == OperandKind.VALUE;
                    expectSymbol(":");
                    allValues &= operand().kind() == OperandKind.VALUE;
                } while (acceptSymbol(","));
                expectSymbol("}");
            }
            return allValues ? Operand.VALUE : Operand.OTHER;
        }

        /** An attribute, or a path into it: {@code a.b}, {@code a[0]}; only the attribute itself can be a key. */
        private Operand path(String attribute) {
            boolean nested = false;
            while (true) {
                if (acceptSymbol(".")) {
                    name();
                } else if (acceptSymbol("[")) {
                    expect(TokenKind.NUMBER);
                    expectSymbol("]");
                } else {
                    return nested ? Operand.OTHER : Operand.attribute(attribute);
                }
                nested = true;
            }
        }

        private String name() {
            Token token = next();
            boolean bare = token.kind() == TokenKind.WORD
                    && !KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT));
            if (!bare && token.kind() != TokenKind.QUOTED_NAME) {
                throw new Unparsable();
            }
            return token.text();
        }

        private static Set<String> restricts(Operand attribute, Operand values) {
            boolean restricts = attribute.kind() == OperandKind.ATTRIBUTE && values.kind() == OperandKind.VALUE;
            return restricts ? Set.of(attribute.attribute()) : Set.of();
        }

        private static Set<String> union(Set<String> left, Set<String> right) {
            Set<String> union = new HashSet<>(left);
            union.addAll(right);
            return union;
        }

        private static Set<String> intersection(Set<String> left, Set<String> right) {
            Set<String> intersection = new HashSet<>(left);
            intersection.retainAll(right);
            return intersection;
        }

        private Token peek() {
            return tokens.get(position);
        }

        private Token next() {
            Token token = peek();
            if (token.kind() != TokenKind.END) {
                position++;
            }
            return token;
        }

        private boolean acceptKeyword(String keyword) {
            boolean accepted = peek().kind() == TokenKind.WORD && peek().text().equalsIgnoreCase(keyword);
            if (accepted) {
                position++;
            }
            return accepted;
        }

        private boolean acceptSymbol(String symbol) {
            boolean accepted = peek().kind() == TokenKind.SYMBOL && peek().text().equals(symbol);
            if (accepted) {
                position++;
            }
            return accepted;
        }

        private void expectKeyword(String keyword) {
            if (!acceptKeyword(keyword)) {
                throw new Unparsable();
            }
        }

        private void expectSymbol(String symbol) {
            if (!acceptSymbol(symbol)) {
                throw new Unparsable();
            }
        }

        private void expect(TokenKind kind) {
            if (next().kind() != kind) {
                throw new Unparsable();
            }
        }
    }
}

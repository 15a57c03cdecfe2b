//! The filter grammar, by recursive descent over the lexer's tokens:
//!
//! ```text
//! expr  := and ( ("or" | "lub") and )*
//! and   := unary ( ["and" | "i"] unary )*        juxtaposition is AND
//! unary := ("-" | "not" | "nie") unary | primary
//! primary := "(" expr ")" | term | word | "phrase"
//! ```

use super::ast::Node;
use super::error::{FilterError, FilterErrorKind, Found};
use super::lex::{TokKind, Token, lex};
use super::schema::{Ctx, Schema};
use super::term::{TermSrc, compile};
use super::{MAX_CHARS, MAX_NESTING};
use crate::text::fold;

/// Parses `input` into a tree; `None` for an empty filter.
pub(crate) fn parse_tree(
    input: &str,
    schema: &Schema,
    ctx: &Ctx,
) -> Result<Option<Node>, FilterError> {
    // Checked before lexing, so a megabyte of input costs one pass over it, not a token list.
    if input.chars().nth(MAX_CHARS).is_some() {
        return Err(FilterError {
            col: MAX_CHARS + 1,
            kind: FilterErrorKind::TooLong { limit: MAX_CHARS },
        });
    }
    let tokens = lex(input)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
        nesting: 0,
        end_col: input.chars().count() + 1,
        schema,
        ctx,
    };
    let root = p.expr(None)?;
    if let Some(t) = p.peek() {
        // Only a stray `)` can stop the top-level expression early.
        return Err(FilterError {
            col: t.col,
            kind: FilterErrorKind::UnmatchedParen,
        });
    }
    Ok(Some(root))
}

struct Parser<'s> {
    tokens: Vec<Token>,
    pos: usize,
    /// Open parentheses, to tell a stray `)` from one that closes a group.
    depth: usize,
    /// Open parentheses and negations around the current token: each costs stack frames
    /// here and in every walk of the tree, so it is capped at [`MAX_NESTING`].
    nesting: usize,
    /// Column just past the input, where "end of input" errors point.
    end_col: usize,
    schema: &'s Schema,
    ctx: &'s Ctx,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn bump(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    /// The error "expected a condition after `after`", pointing at the next token.
    fn expected_term(&self, after: Option<String>) -> FilterError {
        let (col, found) = match self.peek() {
            Some(t) => (t.col, Found::Text(t.raw.clone())),
            None => (self.end_col, Found::End),
        };
        FilterError {
            col,
            kind: FilterErrorKind::ExpectedTerm { after, found },
        }
    }

    fn expr(&mut self, after: Option<String>) -> Result<Node, FilterError> {
        let mut alternatives = vec![self.and(after)?];
        while let Some(t) = self.peek().filter(|t| t.kind == TokKind::Or) {
            let raw = t.raw.clone();
            self.pos += 1;
            alternatives.push(self.and(Some(raw))?);
        }
        Ok(collapse(alternatives, Node::Any))
    }

    fn and(&mut self, after: Option<String>) -> Result<Node, FilterError> {
        let mut items = Vec::new();
        loop {
            match self.peek().map(|t| &t.kind) {
                None | Some(TokKind::Or) => break,
                Some(TokKind::RParen) if self.depth > 0 || !items.is_empty() => break,
                Some(TokKind::RParen) => {
                    let col = self.peek().map_or(self.end_col, |t| t.col);
                    return Err(FilterError {
                        col,
                        kind: FilterErrorKind::UnmatchedParen,
                    });
                }
                Some(TokKind::And) => {
                    let raw = self.bump().map(|t| t.raw);
                    items.push(self.unary(raw)?);
                }
                Some(_) => {
                    // Only the first item follows `after`; later ones follow a term.
                    let ctx = if items.is_empty() {
                        after.clone()
                    } else {
                        None
                    };
                    items.push(self.unary(ctx)?);
                }
            }
        }
        if items.is_empty() {
            return Err(self.expected_term(after));
        }
        Ok(collapse(items, Node::All))
    }

    fn unary(&mut self, after: Option<String>) -> Result<Node, FilterError> {
        if let Some(t) = self.peek().filter(|t| t.kind == TokKind::Not) {
            let (raw, col) = (t.raw.clone(), t.col);
            self.enter(col)?;
            self.pos += 1;
            let inner = self.unary(Some(raw))?;
            self.nesting -= 1;
            return Ok(Node::Not(Box::new(inner)));
        }
        self.primary(after)
    }

    /// One level deeper, at the `(` or negation in column `col`; refused past the limit, so
    /// `((((…` or `----…a` thousands deep is an error, not a stack overflow.
    fn enter(&mut self, col: usize) -> Result<(), FilterError> {
        if self.nesting >= MAX_NESTING {
            return Err(FilterError {
                col,
                kind: FilterErrorKind::TooDeep { limit: MAX_NESTING },
            });
        }
        self.nesting += 1;
        Ok(())
    }

    fn primary(&mut self, after: Option<String>) -> Result<Node, FilterError> {
        let Some(tok) = self.peek().cloned() else {
            return Err(self.expected_term(after));
        };
        match tok.kind {
            TokKind::LParen => {
                self.pos += 1;
                if self.peek().is_some_and(|t| t.kind == TokKind::RParen) {
                    return Err(FilterError {
                        col: tok.col,
                        kind: FilterErrorKind::EmptyParens,
                    });
                }
                self.enter(tok.col)?;
                self.depth += 1;
                let inner = self.expr(Some(tok.raw.clone()))?;
                self.depth -= 1;
                self.nesting -= 1;
                match self.bump() {
                    Some(Token {
                        kind: TokKind::RParen,
                        ..
                    }) => Ok(inner),
                    _ => Err(FilterError {
                        col: tok.col,
                        kind: FilterErrorKind::UnclosedParen,
                    }),
                }
            }
            TokKind::Search(text) => {
                self.pos += 1;
                Ok(Node::Search(fold(&text)))
            }
            TokKind::Term {
                field,
                op,
                value,
                value_col,
            } => {
                self.pos += 1;
                let next = self.peek().map(|t| t.raw.as_str());
                let src = TermSrc {
                    field: &field,
                    col: tok.col,
                    op,
                    value: value.as_ref(),
                    value_col,
                    next,
                };
                compile(&src, self.schema, self.ctx)
            }
            TokKind::RParen | TokKind::Or | TokKind::And | TokKind::Not => {
                Err(self.expected_term(after))
            }
        }
    }
}

/// One item stands for itself; several are combined.
fn collapse(mut items: Vec<Node>, combine: fn(Vec<Node>) -> Node) -> Node {
    if items.len() == 1 {
        items.remove(0)
    } else {
        combine(items)
    }
}

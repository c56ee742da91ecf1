// Generated from /openapi.json by `npm run api-types` (openapi-typescript). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, with the size of the loaded dossier */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a question with verbatim, labelled quotes from the dossier
         * @description With `"stream": true`, or `Accept: text/event-stream`, the answer streams as Server-Sent Events: `passages` (passages segments may cite, always before them), `text` (model text as it arrives, unverified), `degraded` (the model failed; the extractive answer follows), `segment` (each verified segment), and last `done`, whose data is the complete answer, the same as the JSON response. A failure after the stream began is an `error` event carrying a problem document.
         */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Judge each sentence of a summary against the dossier
         * @description Each sentence is `supported` (a passage states it, figures, dates, names and stance agreeing), `contradicted` (a passage states otherwise), `unsupported` (the dossier does not state it) or `contested` (only allegations or one side of a contradiction state it). `start`/`end` locate the sentence in the summary; every citation quotes `passage.text.slice(start, end)`. With `?format=claimreview`, the same verdicts as schema.org `ClaimReview` JSON-LD, one per sentence, the verdict in `reviewRating.alternateName` and the deciding quotes as the claim’s `citation`s.
         */
        post: operations["checkSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/passages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the dossier’s passages, best first */
        get: operations["searchPassages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/passages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One passage, with its provenance */
        get: operations["getPassage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dossier’s documents */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The negotiation as the dossier states it, every item a verbatim, labelled quote
         * @description Computed from the documents at build time, never written by hand. `timeline` dates are read relative to the reporting document’s date; `when` is relative to that document, so a meeting still to come stays to come. `approximate` marks vague dates and dates read against a publication date known only as a range.
         */
        get: operations["getDossierOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say whether an answer helped, and what was wrong with it
         * @description Stored with the answer’s question, mode and cited passages, for the newsroom to read. Feedback can be given on any answer this deployment has served.
         */
        post: operations["giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
            documents: number;
            passages: number;
            /** @enum {string} */
            mode: "extractive" | "model";
        };
        Answer: {
            id: string;
            question: string;
            /** @enum {string} */
            mode: "extractive" | "model";
            /** @enum {string} */
            coverage: "answered" | "partial" | "not_in_corpus";
            segments: {
                text: string;
                /** @enum {string} */
                kind: "quote" | "text" | "notice";
                citations: {
                    passageId: string;
                    quote: string;
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status?: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                }[];
                labels: ("sourced" | "unsourced" | "contested" | "uncited")[];
                warnings?: string[];
            }[];
            passages: {
                id: string;
                documentId: string;
                text: string;
                /** @enum {string} */
                status: "sourced" | "unsourced" | "contested";
                attribution?: string;
                reasons?: string[];
                conflictsWith?: string[];
                caption?: boolean;
                headline?: boolean;
                location: {
                    start: number;
                    end: number;
                };
                sentences: {
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    source?: string;
                    caption?: boolean;
                }[];
            }[];
            sources?: {
                documentId: string;
                title: string;
                publisher: string | null;
                date: {
                    earliest: string;
                    latest: string;
                    stated: boolean;
                };
                dateText: string;
                url?: string;
            }[];
            degraded?: {
                /** @enum {string} */
                reason: "timeout" | "connection" | "rate_limited" | "overloaded" | "server_error" | "rejected" | "refusal" | "malformed" | "unverifiable" | "truncated";
            };
            truncated?: boolean;
            scenario?: {
                groups: {
                    party: string | null;
                    partyName: string | null;
                    /** @enum {string} */
                    kind: "official" | "warning" | "analysis" | "poll" | "speculation" | "report";
                    segments: number[];
                }[];
            };
            followUps?: string[];
        };
        AnswerEvent: {
            /** @enum {string} */
            event: "passages";
            data: {
                id: string;
                documentId: string;
                text: string;
                /** @enum {string} */
                status: "sourced" | "unsourced" | "contested";
                attribution?: string;
                reasons?: string[];
                conflictsWith?: string[];
                caption?: boolean;
                headline?: boolean;
                location: {
                    start: number;
                    end: number;
                };
                sentences: {
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    source?: string;
                    caption?: boolean;
                }[];
            }[];
        } | {
            /** @enum {string} */
            event: "text";
            data: {
                text: string;
            };
        } | {
            /** @enum {string} */
            event: "degraded";
            data: {
                /** @enum {string} */
                reason: "timeout" | "connection" | "rate_limited" | "overloaded" | "server_error" | "rejected" | "refusal" | "malformed" | "unverifiable" | "truncated";
            };
        } | {
            /** @enum {string} */
            event: "segment";
            data: {
                index: number;
                segment: {
                    text: string;
                    /** @enum {string} */
                    kind: "quote" | "text" | "notice";
                    citations: {
                        passageId: string;
                        quote: string;
                        start: number;
                        end: number;
                        /** @enum {string} */
                        status?: "sourced" | "unsourced" | "contested";
                        attribution?: string;
                    }[];
                    labels: ("sourced" | "unsourced" | "contested" | "uncited")[];
                    warnings?: string[];
                };
            };
        } | {
            /** @enum {string} */
            event: "done";
            data: components["schemas"]["Answer"];
        } | {
            /** @enum {string} */
            event: "error";
            data: {
                type: string;
                title: string;
                status: number;
                detail: string;
                instance: string;
                requestId?: string;
                errors?: {
                    field: string;
                    message: string;
                }[];
                allow?: string[];
                limit?: number;
                retryAfter?: number;
            };
        };
        /**
         * @example {
         *       "question": "And what did Ostland say about that?",
         *       "history": [
         *         {
         *           "question": "What happened at the talks in Velmora?"
         *         }
         *       ]
         *     }
         */
        AnswerRequest: {
            question: string;
            /** @default [] */
            history?: components["schemas"]["Turn"][];
            /**
             * @default auto
             * @enum {string}
             */
            mode?: "auto" | "extractive" | "model";
            /** @default false */
            stream?: boolean;
        };
        Turn: {
            question: string;
            answerId?: string;
        };
        Check: {
            id: string;
            /** @enum {string} */
            mode: "extractive" | "model";
            sentences: {
                text: string;
                start: number;
                end: number;
                /** @enum {string} */
                verdict: "supported" | "contradicted" | "unsupported" | "contested";
                confidence: number;
                citations: {
                    passageId: string;
                    quote: string;
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status?: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                }[];
                explanation: string;
            }[];
            counts: {
                supported?: number;
                contradicted?: number;
                unsupported?: number;
                contested?: number;
            };
            passages: {
                id: string;
                documentId: string;
                text: string;
                /** @enum {string} */
                status: "sourced" | "unsourced" | "contested";
                attribution?: string;
                reasons?: string[];
                conflictsWith?: string[];
                caption?: boolean;
                headline?: boolean;
                location: {
                    start: number;
                    end: number;
                };
                sentences: {
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    source?: string;
                    caption?: boolean;
                }[];
            }[];
            degraded?: {
                /** @enum {string} */
                reason: "timeout" | "connection" | "rate_limited" | "overloaded" | "server_error" | "rejected" | "refusal" | "malformed" | "unverifiable" | "truncated";
            };
        };
        ClaimReviewDocument: {
            /** @enum {string} */
            "@context": "https://schema.org";
            "@graph": {
                /** @enum {string} */
                "@type": "ClaimReview";
                url: string;
                claimReviewed: string;
                datePublished: string;
                author: {
                    "@type": string;
                    name: string;
                    url: string;
                };
                reviewRating: {
                    /** @enum {string} */
                    "@type": "Rating";
                    alternateName: string;
                    ratingExplanation: string;
                };
                itemReviewed: {
                    /** @enum {string} */
                    "@type": "Claim";
                    text: string;
                    citation: {
                        /** @enum {string} */
                        "@type": "Quotation";
                        identifier: string;
                        text: string;
                        creator?: {
                            "@type": string;
                            name: string;
                        };
                        isPartOf: {
                            /** @enum {string} */
                            "@type": "NewsArticle";
                            headline?: string;
                            publisher?: {
                                "@type": string;
                                name: string;
                            };
                            datePublished?: string;
                            url?: string;
                        };
                    }[];
                };
            }[];
        };
        /**
         * @example {
         *       "summary": "The talks ended on Tuesday. Both delegations agreed to a prisoner exchange."
         *     }
         */
        CheckRequest: {
            summary: string;
            /**
             * @default auto
             * @enum {string}
             */
            mode?: "auto" | "extractive" | "model";
        };
        PassageHits: {
            hits: {
                id: string;
                documentId: string;
                text: string;
                /** @enum {string} */
                status: "sourced" | "unsourced" | "contested";
                attribution?: string;
                reasons?: string[];
                conflictsWith?: string[];
                caption?: boolean;
                headline?: boolean;
                location: {
                    start: number;
                    end: number;
                };
                sentences: {
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    source?: string;
                    caption?: boolean;
                }[];
                score: number;
            }[];
        };
        Passage: {
            id: string;
            documentId: string;
            text: string;
            /** @enum {string} */
            status: "sourced" | "unsourced" | "contested";
            attribution?: string;
            reasons?: string[];
            conflictsWith?: string[];
            caption?: boolean;
            headline?: boolean;
            location: {
                start: number;
                end: number;
            };
            sentences: {
                start: number;
                end: number;
                /** @enum {string} */
                status: "sourced" | "unsourced" | "contested";
                attribution?: string;
                source?: string;
                caption?: boolean;
            }[];
        };
        Documents: {
            documents: {
                id: string;
                title: string;
                publisher: string | null;
                publisherNote?: string;
                date: {
                    /** Format: date */
                    earliest: string;
                    /** Format: date */
                    latest: string;
                    stated: boolean;
                };
                language: string;
                /** Format: uri */
                url?: string;
                fiction?: boolean;
                passageCount: number;
                dateText: string;
            }[];
        };
        Dossier: {
            parties: {
                id: string;
                name: string;
                role?: string;
                aliases: string[];
                positions: {
                    citation: {
                        passageId: string;
                        quote: string;
                        start: number;
                        end: number;
                        /** @enum {string} */
                        status?: "sourced" | "unsourced" | "contested";
                        attribution?: string;
                    };
                    /** @enum {string} */
                    label: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    /** @enum {string} */
                    kind: "demand" | "refusal" | "offer" | "condition";
                }[];
            }[];
            proposals: {
                id: string;
                name: string;
                backers: string[];
                objectors: string[];
                quotes: {
                    citation: {
                        passageId: string;
                        quote: string;
                        start: number;
                        end: number;
                        /** @enum {string} */
                        status?: "sourced" | "unsourced" | "contested";
                        attribution?: string;
                    };
                    /** @enum {string} */
                    label: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    /** @enum {string} */
                    role: "backs" | "objects" | "describes";
                    parties: string[];
                    conditional?: string[];
                }[];
            }[];
            timeline: {
                citation: {
                    passageId: string;
                    quote: string;
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status?: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                };
                /** @enum {string} */
                label: "sourced" | "unsourced" | "contested";
                attribution?: string;
                date: {
                    /** Format: date */
                    start: string;
                    /** Format: date */
                    end: string;
                    /** @enum {string} */
                    precision: "day" | "week" | "month" | "year";
                    approximate: boolean;
                };
                dateText: string;
                /** @enum {string} */
                when: "past" | "upcoming";
                documentId: string;
            }[];
            contested: {
                citation: {
                    passageId: string;
                    quote: string;
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status?: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                };
                /** @enum {string} */
                label: "sourced" | "unsourced" | "contested";
                attribution?: string;
                reasons: string[];
                conflictsWith: {
                    citation: {
                        passageId: string;
                        quote: string;
                        start: number;
                        end: number;
                        /** @enum {string} */
                        status?: "sourced" | "unsourced" | "contested";
                        attribution?: string;
                    };
                    /** @enum {string} */
                    label: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                }[];
            }[];
            figures: {
                citation: {
                    passageId: string;
                    quote: string;
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status?: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                };
                /** @enum {string} */
                label: "sourced" | "unsourced" | "contested";
                attribution?: string;
                text: string;
                value: number;
                unit?: string;
                counts: string;
            }[];
            documents: {
                id: string;
                title: string;
                publisher: string | null;
                publisherNote?: string;
                date: {
                    /** Format: date */
                    earliest: string;
                    /** Format: date */
                    latest: string;
                    stated: boolean;
                };
                language: string;
                /** Format: uri */
                url?: string;
                fiction?: boolean;
                passageCount: number;
            }[];
            passages: {
                id: string;
                documentId: string;
                text: string;
                /** @enum {string} */
                status: "sourced" | "unsourced" | "contested";
                attribution?: string;
                reasons?: string[];
                conflictsWith?: string[];
                caption?: boolean;
                headline?: boolean;
                location: {
                    start: number;
                    end: number;
                };
                sentences: {
                    start: number;
                    end: number;
                    /** @enum {string} */
                    status: "sourced" | "unsourced" | "contested";
                    attribution?: string;
                    source?: string;
                    caption?: boolean;
                }[];
            }[];
        };
        /**
         * @example {
         *       "id": "fb_0d9e2c1a-0000-4000-8000-000000000000"
         *     }
         */
        FeedbackResponse: {
            id: string;
        };
        /**
         * @example {
         *       "answerId": "ans_6f1c2d3e-0000-4000-8000-000000000000",
         *       "helpful": false,
         *       "comment": "The date of the talks is wrong."
         *     }
         */
        FeedbackRequest: {
            answerId: string;
            helpful: boolean;
            comment?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    answerQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description The answer. Every citation quotes `passage.text.slice(start, end)` exactly. */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Answer"];
                    "text/event-stream": components["schemas"]["AnswerEvent"];
                };
            };
            /** @description A field is missing, blank, too long, of the wrong type, or unknown; or `mode: "model"` without a model key */
            400: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    checkSummary: {
        parameters: {
            query?: {
                format?: "json" | "claimreview";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckRequest"];
            };
        };
        responses: {
            /** @description A verdict per sentence */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Check"];
                    "application/ld+json": components["schemas"]["ClaimReviewDocument"];
                };
            };
            /** @description The summary is missing, blank, too long or of the wrong type, a field is unknown, or `format` is not one of `json`, `claimreview` */
            400: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    searchPassages: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching passages */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PassageHits"];
                };
            };
            /** @description `q` is missing or blank, `limit` is out of range, or a parameter is unknown */
            400: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    getPassage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The passage */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Passage"];
                };
            };
            /** @description The id is not shaped like a passage id */
            400: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description No passage has this id */
            404: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every document, in the dossier’s order */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Documents"];
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    getDossierOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview, with the passages it cites */
            200: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The request took longer than the worker allows */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
    giveFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackRequest"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackResponse"];
                };
            };
            /** @description A field is missing, of the wrong type, too long, or unknown */
            400: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The calling page’s origin is not on the allow-list (`CORS_ORIGINS`) */
            403: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description No answer with this id was served */
            404: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The path exists, but not for this method */
            405: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description The methods the path takes. */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description Too many requests from this client; `retryAfter` says when to try again */
            429: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    /** @description Seconds until the client may try again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
            /** @description This deployment has no database for feedback */
            503: {
                headers: {
                    /** @description The request’s id, also in every problem’s `requestId` and the access log. */
                    "X-Request-Id"?: string;
                    /** @description The worker’s own time on the request: `app;dur=<milliseconds>`. */
                    "Server-Timing"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance: string;
                        requestId?: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        allow?: string[];
                        limit?: number;
                        retryAfter?: number;
                    };
                };
            };
        };
    };
}

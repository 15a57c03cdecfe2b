
# lejek: values only the database knows (dictionary entries, logins), from
# `lejek complete-values KIND`, asked through the binary and the --db of the line being
# typed; everything else is clap's _lejek above.
_lejek_from_db() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    # `--stage=neg`: bash splits at `=`, so the option is one word further back.
    if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev="${COMP_WORDS[COMP_CWORD-2]}"
    fi
    local top="" sub="" kind="" word i
    local -a db=() positional=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        case "$word" in
            --db)
                ((i++))
                [[ ${COMP_WORDS[i]} == = ]] && ((i++))
                db=(--db "${COMP_WORDS[i]/#\~/$HOME}")
                ;;
            --user | --lang | --keymap | --color | --config) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $top ]]; then
                    top=$word
                elif [[ -z $sub ]]; then
                    sub=$word
                else
                    positional+=("$word")
                fi
                ;;
        esac
    done
    case "$top:$prev" in
        @CASES@
    esac
    # dict rename|retire KIND <TAB>: an entry of that dictionary.
    if [[ -z $kind && $top == dict && ($sub == rename || $sub == retire) && ${#positional[@]} -eq 1 ]]; then
        kind=${positional[0]}
    fi
    # template show|edit|remove <TAB>: a template's name.
    if [[ -z $kind && $top == template && ($sub == show || $sub == edit || $sub == remove) && ${#positional[@]} -eq 0 && $cur != -* ]]; then
        kind=templates
    fi
    if [[ -z $kind ]]; then
        _lejek "$@"
        return
    fi
    local IFS=$'\n' value
    COMPREPLY=()
    for value in $("${COMP_WORDS[0]}" "${db[@]}" complete-values "$kind" 2>/dev/null); do
        [[ $value == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$value")")
    done
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _lejek_from_db -o nosort -o bashdefault -o default lejek
else
    complete -F _lejek_from_db -o bashdefault -o default lejek
fi
